package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.util.List;
import java.util.Optional;
import org.accidenthub.connectors.identity.MainlandPlate;
import org.accidenthub.connectors.identity.Vin;
import org.accidenthub.connectors.json.JsonFields;

/** Reads {@code vehicles[]} (spec, field table), with their policies. */
final class VehicleReader {

    List<PoliceFile.Vehicle> read(List<JsonFields> vehicles) {
        return vehicles.stream().map(VehicleReader::vehicle).toList();
    }

    private static PoliceFile.Vehicle vehicle(JsonFields vehicle) {
        String ref = vehicle.text("ref", REQUIRED, 16);
        Boolean motorVehicle = vehicle.bool("motorVehicle", REQUIRED);
        String plate = plate(vehicle, motorVehicle);
        String category = vehicle.oneOf("category", REQUIRED, CodeLists.VEHICLE_CATEGORIES);
        String vin = vin(vehicle);
        String ownerName = vehicle.text("ownerName", OPTIONAL, 64);
        String damage = vehicle.oneOf("damage", OPTIONAL, CodeLists.DAMAGES);
        List<PoliceFile.Policy> policies = new PolicyReader().read(
                vehicle.objects("policies", OPTIONAL, 0, Integer.MAX_VALUE));
        vehicle.reportUnknownFields();
        return new PoliceFile.Vehicle(vehicle.path(), ref, plate, category, motorVehicle, vin, ownerName, damage,
                policies, vehicle.invalid());
    }

    /**
     * Spec: a motor vehicle needs a mainland plate. Plates of non-motor vehicles (e-bikes) are
     * issued locally in many shapes, so they are kept as sent.
     */
    private static String plate(JsonFields vehicle, Boolean motorVehicle) {
        if (!Boolean.TRUE.equals(motorVehicle)) {
            return vehicle.text("plate", OPTIONAL, 0);
        }
        if (!vehicle.present("plate")) {
            vehicle.fail("plate", ProblemCode.PLATE_REQUIRED, "a motor vehicle needs its plate number");
            return null;
        }
        return vehicle.checked("plate", REQUIRED, MainlandPlate::isValid, ProblemCode.PLATE_FORMAT,
                "a mainland plate: province character, letter, then 5 characters (6 for new-energy plates)");
    }

    /** Spec: 17 characters without I, O and Q, and a valid check digit at position 9 (GB 16735). */
    private static String vin(JsonFields vehicle) {
        String vin = vehicle.text("vin", OPTIONAL, 0);
        Optional<Vin.Defect> defect = vin == null ? Optional.empty() : Vin.defect(vin);
        if (defect.isEmpty()) {
            return vin;
        }
        if (defect.get() == Vin.Defect.FORMAT) {
            vehicle.fail("vin", ProblemCode.VIN_FORMAT, "must be 17 characters from 0-9 and A-Z without I, O and Q");
        } else {
            vehicle.fail("vin", ProblemCode.VIN_CHECK_DIGIT,
                    "the check digit (9th character) should be " + Vin.checkDigit(vin));
        }
        return null;
    }
}
