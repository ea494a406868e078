package org.accidenthub.connectors.police;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * Refs and names that tie the file together (spec, ref, vehicleRef and attachments rows):
 * party refs and vehicle refs are each unique, a driver names a vehicle of this file, and no
 * two attachments share a name (the multipart upload finds an attachment by its name).
 */
final class ReferenceRules implements CrossFieldRule {

    @Override
    public void check(PoliceFile file, ReadContext context, ProblemCollector problems) {
        unique(file.parties(), PoliceFile.Party::path, PoliceFile.Party::ref, "ref", ProblemCode.DUPLICATE_REF,
                "another party has the same ref", problems);
        unique(file.vehicles(), PoliceFile.Vehicle::path, PoliceFile.Vehicle::ref, "ref", ProblemCode.DUPLICATE_REF,
                "another vehicle has the same ref", problems);
        unique(file.attachments(), PoliceFile.Attachment::path, PoliceFile.Attachment::name, "name",
                ProblemCode.DUPLICATE_ATTACHMENT_NAME, "another attachment has the same name", problems);
        vehicleRefs(file, problems);
    }

    private static void vehicleRefs(PoliceFile file, ProblemCollector problems) {
        Set<String> vehicles = file.vehicles().stream().map(PoliceFile.Vehicle::ref).collect(Collectors.toSet());
        boolean allVehiclesKnown = !file.invalid().contains("vehicles")
                && file.vehicles().stream().noneMatch(vehicle -> vehicle.invalid().contains("ref"));
        for (PoliceFile.Party party : file.parties()) {
            String path = Pointer.field(party.path(), "vehicleRef");
            if (party.vehicleRef() == null) {
                if ("DRIVER".equals(party.role()) && !party.invalid().contains("vehicleRef")) {
                    problems.error(path, ProblemCode.VEHICLE_REF_REQUIRED.name(),
                            "a driver must name the vehicle driven");
                }
            } else if (allVehiclesKnown && !vehicles.contains(party.vehicleRef())) {
                problems.error(path, ProblemCode.UNKNOWN_VEHICLE_REF.name(), "no vehicle in this file has this ref");
            }
        }
    }

    private static <T> void unique(Iterable<T> items, Function<T, String> path, Function<T, String> key,
            String field, ProblemCode code, String message, ProblemCollector problems) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String value = key.apply(item);
            if (value != null && !seen.add(value)) {
                problems.error(Pointer.field(path.apply(item), field), code.name(), message);
            }
        }
    }
}
