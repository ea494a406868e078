package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three namings DfT releases have used are all read (accident_index, collision_index, and
 * the capitalised Accident_Index of older files), into the same record; a header the reader
 * cannot use rejects the whole file with its problems, before any row.
 */
class Stats19HeaderTest {

    /** Row 2 of the sample (2022 layout, accident_index). */
    private static final String ROW_2 = Stats19Files.sampleLines().get(1);

    /** The 2024 naming: collision_* for accident_*, legacy_collision_severity for accident_severity. */
    private static final String COLLISION_HEADER = Stats19Files.sampleLines().get(0)
            .replace("accident_index", "collision_index")
            .replace("accident_year", "collision_year")
            .replace("accident_reference", "collision_reference")
            .replace("accident_severity", "legacy_collision_severity")
            .replace("scene_of_accident", "scene_of_collision")
            .replace("lsoa_of_accident_location", "lsoa_of_collision_location");

    /** The older capitalised layout (no year or reference column; 1st_Road_Class; Speed_limit). */
    private static final String CAPITALISED_HEADER = "Accident_Index,Location_Easting_OSGR,Location_Northing_OSGR,"
            + "Longitude,Latitude,Police_Force,Accident_Severity,Number_of_Vehicles,Number_of_Casualties,Date,"
            + "Day_of_Week,Time,Local_Authority_(District),Local_Authority_(Highway),1st_Road_Class,1st_Road_Number,"
            + "Road_Type,Speed_limit,Junction_Detail,Junction_Control,2nd_Road_Class,2nd_Road_Number,"
            + "Pedestrian_Crossing-Human_Control,Pedestrian_Crossing-Physical_Facilities,Light_Conditions,"
            + "Weather_Conditions,Road_Surface_Conditions,Special_Conditions_at_Site,Carriageway_Hazards,"
            + "Urban_or_Rural_Area,Did_Police_Officer_Attend_Scene_of_Accident,LSOA_of_Accident_Location";

    /** Row 2's values in the capitalised layout. */
    private static final String CAPITALISED_ROW_2 = "2022010352073,525199,177928,-0.198224,51.486454,1,3,2,1,"
            + "05/01/2022,4,16:40,-1,E09000013,3,3218,6,30,6,4,6,0,0,0,4,1,1,0,0,1,1,E01001883";

    @Test
    void theThreeNamingsGiveTheSameRecord() {
        AccidentRecord lower = single(Stats19Files.collisionCsv(ROW_2));
        AccidentRecord collision = single(COLLISION_HEADER + "\n" + ROW_2 + "\n");
        AccidentRecord capitalised = single(CAPITALISED_HEADER + "\r\n" + CAPITALISED_ROW_2 + "\r\n");

        assertThat(lower.getSource().getFormat()).isEqualTo("stats19-collision/accident_index");
        assertThat(collision.getSource().getFormat()).isEqualTo("stats19-collision/collision_index");
        assertThat(capitalised.getSource().getFormat()).isEqualTo("stats19-collision/Accident_Index");
        assertThat(withoutFormat(collision)).isEqualTo(withoutFormat(lower));
        assertThat(withoutFormat(capitalised)).isEqualTo(withoutFormat(lower));
    }

    @Test
    void capitalisedVehicleAndCasualtyFilesJoin() {
        String vehicles = "Accident_Index,Vehicle_Reference,Vehicle_Type,Towing_and_Articulation\n"
                + "2022010352073,1,9,0\n2022010352073,2,1,0\n";
        String casualties = "Accident_Index,Vehicle_Reference,Casualty_Reference,Casualty_Class,Sex_of_Casualty,"
                + "Age_of_Casualty,Age_Band_of_Casualty,Casualty_Severity,Casualty_Type\n"
                + "2022010352073,2,1,1,1,27,6,3,1\n";

        List<RowResult> results = Stats19Files.read(CAPITALISED_HEADER + "\n" + CAPITALISED_ROW_2 + "\n",
                vehicles, casualties);

        assertThat(results).hasSize(1);
        assertThat(results.get(0).errors()).isEmpty();
        assertThat(results.get(0).record().getVehicles()).hasSize(2);
        assertThat(results.get(0).record().getParties()).singleElement()
                .satisfies(party -> assertThat(party.getVehicleRef()).isEqualTo("V2"));
    }

    @Test
    void anOlderAlphanumericIndexIsAccepted() {
        AccidentRecord record = single(CAPITALISED_HEADER + "\n"
                + CAPITALISED_ROW_2.replace("2022010352073", "200501BS00001") + "\n");

        assertThat(record.getSource().getReportNumber()).isEqualTo("200501BS00001");
    }

    @Test
    void noIndexColumnRejectsTheWholeFileWithOneProblem() {
        String csv = Stats19Files.collisionCsv(ROW_2, Stats19Files.sampleLines().get(2))
                .replace("accident_index,", "accident_number,");

        List<RowResult> results = Stats19Files.read(csv);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.accepted()).isFalse();
            assertThat(result.table()).isEqualTo(Stats19Table.COLLISION);
            assertThat(result.row()).isEqualTo(1);
            assertThat(result.errors()).containsExactly(new Problem("collision row 1, column accident_index",
                    "MISSING_COLUMN", "the header has no column accident_index or collision_index "
                            + "(in any capitalisation); the file is not read"));
        });
    }

    @ParameterizedTest(name = "a header without {0} is refused")
    @ValueSource(strings = {"police_force", "accident_severity", "date", "time"})
    void aRequiredColumnIsMissing(String column) {
        String csv = Stats19Files.collisionCsv(ROW_2).replace("," + column + ",", ",renamed,");

        List<RowResult> results = Stats19Files.read(csv);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.errors()).extracting(Problem::code, Problem::path)
                    .containsExactly(tuple("MISSING_COLUMN",
                            "collision row 1, column " + column));
        });
    }

    @Test
    void aUsedColumnTwiceIsRefused() {
        String csv = Stats19Files.collisionCsv(ROW_2).replace(",time,", ",Date,");

        assertThat(Stats19Files.read(csv)).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.errors()).extracting(Problem::code).contains("DUPLICATE_COLUMN");
        });
    }

    @ParameterizedTest(name = "{0} is an empty file")
    @ValueSource(strings = {"", "\uFEFF", "\n\n\r\n"})
    void anEmptyFileIsRefused(String csv) {
        assertThat(Stats19Files.read(csv)).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.row()).isZero();
            assertThat(result.errors()).extracting(Problem::code, Problem::path)
                    .containsExactly(tuple("EMPTY_FILE", "collision file"));
        });
    }

    @Test
    void aHeaderAloneHasNoResults() {
        assertThat(Stats19Files.read(Stats19Files.collisionCsv())).isEmpty();
    }

    @Test
    void aBrokenHeaderIsRefused() {
        String csv = "\"accident_index,date\n" + ROW_2 + "\n";

        assertThat(Stats19Files.read(csv)).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.errors()).extracting(Problem::code).containsExactly("UNTERMINATED_QUOTE");
        });
    }

    @Test
    void aVehicleFileWithoutVehicleTypeStopsTheImportBeforeAnyCollision() {
        List<RowResult> results = Stats19Files.read(Stats19Files.collisionCsv(ROW_2),
                "accident_index,vehicle_reference\n2022010352073,1\n", null);

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.stopsReading()).isTrue();
            assertThat(result.table()).isEqualTo(Stats19Table.VEHICLE);
            assertThat(result.errors()).extracting(Problem::path, Problem::code)
                    .containsExactly(tuple("vehicle row 1, column vehicle_type",
                            "MISSING_COLUMN"));
        });
    }

    private static AccidentRecord single(String csv) {
        List<RowResult> results = Stats19Files.read(csv);
        assertThat(results).hasSize(1);
        assertThat(results.get(0).errors()).isEmpty();
        assertThat(results.get(0).warnings()).isEmpty();
        return results.get(0).record();
    }

    private static ObjectNode withoutFormat(AccidentRecord record) {
        ObjectNode json = CanonicalJson.of(record);
        ((ObjectNode) json.get("source")).remove("format");
        return json;
    }
}
