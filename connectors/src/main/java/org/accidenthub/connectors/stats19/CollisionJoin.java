package org.accidenthub.connectors.stats19;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Joins one collision with its vehicle and casualty rows (by collision index, domain.md §7) and
 * checks the rules between the tables. A bad vehicle or casualty row rejects its collision: the
 * record would otherwise be silently incomplete.
 */
final class CollisionJoin {

    /**
     * The rows of one collision, ordered by reference.
     *
     * @param vehicles   null when no vehicle file was given (unknown, not "none")
     * @param casualties null when no casualty file was given
     */
    record Joined(List<SideRows.VehicleRow> vehicles, List<SideRows.CasualtyRow> casualties) {
    }

    private CollisionJoin() {
    }

    /**
     * Takes the collision's rows out of the side files (also for a rejected collision, so that
     * they are not reported again as unmatched) and checks them.
     *
     * @param values the collision's values, null when the collision row itself has errors
     */
    static Joined join(String index, RowFields collision, CollisionRow values,
            JoinedRows<SideRows.VehicleRow> vehicleFile, JoinedRows<SideRows.CasualtyRow> casualtyFile) {
        ProblemCollector problems = collision.problems();
        List<SideRows.VehicleRow> vehicles = vehicleFile == null
                ? null
                : rows(vehicleFile, index, Column.VEHICLE_REFERENCE, SideRows.VehicleRow::reference,
                        SideRows.VehicleRow::line, problems);
        List<SideRows.CasualtyRow> casualties = casualtyFile == null
                ? null
                : rows(casualtyFile, index, Column.CASUALTY_REFERENCE, SideRows.CasualtyRow::reference,
                        SideRows.CasualtyRow::line, problems);
        if (vehicles != null && casualties != null) {
            checkVehicleRefs(index, vehicles, casualties, casualtyFile, problems);
        }
        if (values != null && !problems.hasErrors()) {
            checkCount(collision, Column.NUMBER_OF_VEHICLES, values.numberOfVehicles(), vehicles, "vehicle");
            checkCount(collision, Column.NUMBER_OF_CASUALTIES, values.numberOfCasualties(), casualties, "casualty");
        }
        return new Joined(vehicles, casualties);
    }

    /** The collision's rows of one file; their own errors become the collision's; references must be unique. */
    private static <T> List<T> rows(JoinedRows<T> file, String index, Column referenceColumn,
            ToIntFunction<T> reference, ToLongFunction<T> line, ProblemCollector problems) {
        List<T> rows = new ArrayList<>();
        for (JoinedRows.Loaded<T> row : file.take(index)) {
            for (Problem error : row.errors()) {
                problems.error(error.path(), error.code(), error.message());
            }
            if (row.row() != null) {
                rows.add(row.row());
            }
        }
        rows.sort(Comparator.comparingInt(reference));
        Set<Integer> seen = new HashSet<>();
        for (T row : rows) {
            int number = reference.applyAsInt(row);
            if (!seen.add(number)) {
                problems.error(file.path(line.applyAsLong(row), referenceColumn),
                        Stats19ProblemCode.DUPLICATE_REFERENCE.name(),
                        "collision " + index + " has another " + file.table().label() + " with reference " + number);
            }
        }
        return rows;
    }

    /** A casualty's vehicle (the one they were in, or for a pedestrian the one that hit them) must be listed. */
    private static void checkVehicleRefs(String index, List<SideRows.VehicleRow> vehicles,
            List<SideRows.CasualtyRow> casualties, JoinedRows<SideRows.CasualtyRow> casualtyFile,
            ProblemCollector problems) {
        Set<Integer> references = new HashSet<>();
        vehicles.forEach(vehicle -> references.add(vehicle.reference()));
        for (SideRows.CasualtyRow casualty : casualties) {
            if (casualty.vehicleReference() != null && !references.contains(casualty.vehicleReference())) {
                problems.error(casualtyFile.path(casualty.line(), Column.CASUALTY_VEHICLE_REFERENCE),
                        Stats19ProblemCode.UNKNOWN_VEHICLE_REF.name(),
                        "the vehicle file has no vehicle " + casualty.vehicleReference() + " in collision " + index);
            }
        }
    }

    /** The collision row counts its vehicles and casualties; a different number of joined rows is worth a warning. */
    private static void checkCount(RowFields collision, Column column, Integer counted, List<?> joined, String what) {
        if (counted != null && joined != null && counted != joined.size()) {
            collision.problems().warning(collision.path(column), Stats19ProblemCode.COUNT_MISMATCH.name(),
                    "the collision row counts " + counted + " but the " + what + " file has " + joined.size()
                            + " rows for it");
        }
    }
}
