package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.Party;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.Vehicle;
import org.accidenthub.schemas.v1.VehicleCategory;
import org.junit.jupiter.api.Test;

/**
 * Vehicle and casualty files join their collisions by index (domain.md §7): every joined row
 * lands in its collision's record, a bad joined row rejects only its collision, and rows that
 * join nothing are reported after the collisions.
 */
class Stats19JoinTest {

    private static final List<String> LINES = Stats19Files.sampleLines();
    /** Rows 2, 3 and 4 of the sample: 2022010352073, 2022010352573, 2022010352578. */
    private static final String COLLISIONS = Stats19Files.collisionCsv(LINES.get(1), LINES.get(2), LINES.get(3));
    private static final String VEHICLE_HEADER = "accident_index,accident_year,accident_reference,vehicle_reference,vehicle_type\n";
    private static final String CASUALTY_HEADER = "accident_index,vehicle_reference,casualty_reference,casualty_class,"
            + "sex_of_casualty,casualty_severity,casualty_type\n";

    @Test
    void theHandMadeFilesJoinTheirCollisions() {
        List<RowResult> results = Stats19Files.read(Stats19Files.sample(),
                Stats19Files.resource(Stats19Files.VEHICLES), Stats19Files.resource(Stats19Files.CASUALTIES));

        assertThat(results).hasSize(700).allSatisfy(result -> assertThat(result.errors()).isEmpty());
        AccidentRecord cyclist = Stats19Files.byIndex(results, "2022010352073").record();
        assertThat(cyclist.getVehicles()).extracting(Vehicle::getRef, Vehicle::getCategory, Vehicle::getMotorVehicle,
                Vehicle::getPlate).containsExactly(tuple("V1", VehicleCategory.CAR, true, null),
                tuple("V2", VehicleCategory.BICYCLE, false, null));
        assertThat(cyclist.getParties()).extracting(Party::getRef, Party::getRole, Party::getVehicleRef,
                Party::getInjury, Party::getIdNumber).containsExactly(
                tuple("C1", PartyRole.CYCLIST, "V2", InjuryDegree.MINOR, "STATS19:2022010352073:1"));
        AccidentRecord motorway = Stats19Files.byIndex(results, "2022010352641").record();
        assertThat(motorway.getVehicles()).extracting(Vehicle::getRef).containsExactly("V1", "V2", "V3");
        assertThat(motorway.getParties()).extracting(Party::getRef).containsExactly("C1", "C2", "C3");
        // the other 697 collisions have no rows in the hand-made files: accepted, with a warning each for the counts
        assertThat(Stats19Files.byIndex(results, "2022010352573").warnings()).extracting(Problem::code)
                .containsExactly("COUNT_MISMATCH", "COUNT_MISMATCH");
        assertThat(Stats19Files.byIndex(results, "2022010352573").record().getVehicles()).isEmpty();
    }

    @Test
    void aBadVehicleRowRejectsItsCollisionOnly() {
        String vehicles = VEHICLE_HEADER
                + "2022010352073,2022,010352073,1,9\n"
                + "2022010352573,2022,010352573,1,42\n"
                + "2022010352578,2022,010352578,1,9\n";

        List<RowResult> results = Stats19Files.read(COLLISIONS, vehicles, null);

        assertThat(results).extracting(RowResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("vehicle row 3, column vehicle_type", "UNKNOWN_CODE"));
    }

    @Test
    void rowsThatJoinNoCollisionAreReportedAfterTheCollisions() {
        String vehicles = VEHICLE_HEADER
                + "2022019999999,2022,019999999,1,9\n"
                + "2022010352073,2022,010352073,1,9\n"
                + "20220103-2073,2022,010352073,2,9\n";
        String casualties = CASUALTY_HEADER + "2022018888888,1,1,1,1,3,9\n";

        List<RowResult> results = Stats19Files.read(COLLISIONS, vehicles, casualties);

        assertThat(results).hasSize(6);
        assertThat(results.subList(0, 3)).allSatisfy(result -> assertThat(result.accepted()).isTrue());
        assertThat(results.subList(3, 6)).extracting(RowResult::table, RowResult::row, RowResult::collisionIndex)
                .containsExactly(
                        tuple(Stats19Table.VEHICLE, 2L, "2022019999999"),
                        tuple(Stats19Table.VEHICLE, 4L, null),
                        tuple(Stats19Table.CASUALTY, 2L, "2022018888888"));
        assertThat(results.get(3).errors()).containsExactly(new Problem("vehicle row 2, column accident_index",
                "NO_MATCHING_COLLISION", "the collision file has no row with index 2022019999999"));
        assertThat(results.get(4).errors()).extracting(Problem::code).containsExactly("PATTERN_MISMATCH");
        assertThat(results.get(5).errors()).extracting(Problem::code).containsExactly("NO_MATCHING_COLLISION");
    }

    @Test
    void referencesAreUniqueWithinACollision() {
        String vehicles = VEHICLE_HEADER
                + "2022010352073,2022,010352073,1,9\n"
                + "2022010352073,2022,010352073,1,1\n";

        List<RowResult> results = Stats19Files.read(COLLISIONS, vehicles, null);

        assertThat(results.get(0).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("vehicle row 3, column vehicle_reference", "DUPLICATE_REFERENCE"));
    }

    @Test
    void aCasualtyMustBeInAListedVehicle() {
        String vehicles = VEHICLE_HEADER + "2022010352073,2022,010352073,1,9\n";
        String casualties = CASUALTY_HEADER + "2022010352073,2,1,1,1,3,9\n";

        List<RowResult> results = Stats19Files.read(COLLISIONS, vehicles, casualties);

        assertThat(results.get(0).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("casualty row 2, column vehicle_reference", "UNKNOWN_VEHICLE_REF"));
        assertThat(results.get(1).accepted()).isTrue();
    }

    @Test
    void casualtiesWithoutAVehicleFileHaveNoVehicleRef() {
        String casualties = CASUALTY_HEADER + "2022010352073,2,1,2,2,2,9\n";

        Party party = Stats19Files.read(COLLISIONS, null, casualties).get(0).record().getParties().get(0);

        assertThat(party.getRole()).isEqualTo(PartyRole.PASSENGER);
        assertThat(party.getVehicleRef()).isNull();
        assertThat(party.getName()).isEqualTo("casualty 1");
    }

    @Test
    void missingCodesOfJoinedRowsGiveTheModelsUnknowns() {
        String vehicles = VEHICLE_HEADER + "2022010352073,2022,010352073,1,-1\n";
        String casualties = "accident_index,vehicle_reference,casualty_reference,casualty_class,casualty_severity\n"
                + "2022010352073,1,1,-1,-1\n";

        AccidentRecord record = Stats19Files.read(COLLISIONS, vehicles, casualties).get(0).record();

        assertThat(record.getVehicles().get(0).getCategory()).isEqualTo(VehicleCategory.OTHER);
        assertThat(record.getVehicles().get(0).getMotorVehicle()).isTrue();
        assertThat(record.getParties().get(0).getRole()).isEqualTo(PartyRole.OTHER);
        assertThat(record.getParties().get(0).getInjury()).isEqualTo(InjuryDegree.UNKNOWN);
        assertThat(record.getParties().get(0).getGender()).isNull();
        assertThat(record.getSourceCodes()).extracting(code -> code.getScheme())
                .doesNotContain("stats19.vehicle_type", "stats19.casualty_class");
    }

    @Test
    void moreJoinedRowsThanTheLimitStopTheImport() {
        Stats19CollisionReader reader = new Stats19CollisionReader(new Stats19Limits(65_536, 512, 1));
        String vehicles = VEHICLE_HEADER + "2022010352073,2022,010352073,1,9\n2022010352073,2022,010352073,2,9\n";

        List<RowResult> results = reader.read(Stats19Files.stream(Stats19Files.bytes(COLLISIONS)),
                Optional.of(Stats19Files.stream(Stats19Files.bytes(vehicles))), Optional.empty(),
                Stats19Files.CONTEXT).toList();

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.table()).isEqualTo(Stats19Table.VEHICLE);
            assertThat(result.row()).isEqualTo(3);
            assertThat(result.errors()).extracting(Problem::code).containsExactly("TOO_MANY_ROWS");
        });
    }
}
