package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.accidenthub.schemas.v1.AccidentLevel;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.Light;
import org.accidenthub.schemas.v1.RoadSurface;
import org.accidenthub.schemas.v1.SourceCode;
import org.accidenthub.schemas.v1.Weather;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real 700-row DfT sample (collision table, Metropolitan Police, January 2022) imports
 * completely, and spot-checked rows carry exactly what the file says. Expected values were read
 * from the file by hand (row = line in the file; the header is line 1).
 */
class Stats19SampleTest {

    private static List<RowResult> results;

    @BeforeAll
    static void readSample() {
        results = Stats19Files.read(Stats19Files.sample());
    }

    @Test
    void everyRowOfTheSampleIsAcceptedWithoutProblems() {
        assertThat(results).hasSize(700);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.errors()).as("row %d", result.row()).isEmpty();
            assertThat(result.warnings()).as("row %d", result.row()).isEmpty();
            assertThat(result.table()).isEqualTo(Stats19Table.COLLISION);
            assertThat(result.stopsReading()).isFalse();
        });
        assertThat(results.get(0).row()).isEqualTo(2);
        assertThat(results.get(699).row()).isEqualTo(701);
        assertThat(results.stream().map(result -> result.record().getSource().getReportNumber()).distinct())
                .hasSize(700);
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @CsvSource({
        // row, index,         occurredAt (UTC; GMT in January), longitude, latitude, severity, level,    weather, weather, light, light,      surface, surface
        "2,   2022010352073, 2022-01-05T16:40:00Z, -0.198224, 51.486454, 3, MINOR,    1, CLEAR, 4, DARK_LIT,   1, DRY",
        "6,   2022010352591, 2022-01-01T04:20:00Z, -0.0544,   51.401567, 3, MINOR,    1, CLEAR, 7, UNKNOWN,    1, DRY",
        "14,  2022010352616, 2022-01-01T09:05:00Z, -0.012675, 51.476523, 3, MINOR,    9,      , 1, DAYLIGHT,   1, DRY",
        "22,  2022010352641, 2022-01-01T22:45:00Z, -0.026169, 51.681709, 1, SERIOUS,  1, CLEAR, 6, DARK_UNLIT, 1, DRY",
        "241, 2022010353695, 2022-01-09T10:15:00Z, -0.416313, 51.525688, 1, SERIOUS,  1, CLEAR, 1, DAYLIGHT,   2, WET",
        "319, 2022010354086, 2022-01-11T14:47:00Z, 1.8E-05,   51.539517, 3, MINOR,    1, CLEAR, 1, DAYLIGHT,   2, WET",
        "701, 2022010355652, 2022-01-19T18:48:00Z, -0.25601,  51.554753, 3, MINOR,    1, CLEAR, 4, DARK_LIT,   1, DRY"
    })
    void rowCarriesWhatTheFileSays(long row, String index, String occurredAt, double longitude, double latitude,
            String severity, AccidentLevel level, String weatherCode, Weather weather, String lightCode, Light light,
            String surfaceCode, RoadSurface surface) {
        RowResult result = results.get((int) row - 2);
        AccidentRecord record = result.record();

        assertThat(result.row()).isEqualTo(row);
        assertThat(result.collisionIndex()).isEqualTo(index);
        assertThat(record.getSource().getSystem()).isEqualTo("STATS19");
        assertThat(record.getSource().getUnitCode()).isEqualTo("1");
        assertThat(record.getSource().getUnitName()).isEqualTo("Metropolitan Police");
        assertThat(record.getSource().getReportNumber()).isEqualTo(index);
        assertThat(record.getSource().getFormat()).isEqualTo("stats19-collision/accident_index");
        assertThat(record.getOccurredAt()).isEqualTo(Instant.parse(occurredAt));
        assertThat(record.getLocation().getLongitude()).isEqualTo(longitude);
        assertThat(record.getLocation().getLatitude()).isEqualTo(latitude);
        assertThat(record.getLevel()).isEqualTo(level);
        assertThat(record.getEnvironment().getWeather()).isEqualTo(weather);
        assertThat(record.getEnvironment().getLight()).isEqualTo(light);
        assertThat(record.getEnvironment().getRoadSurface()).isEqualTo(surface);
        assertThat(record.getSourceCodes()).contains(
                code("/level", "stats19.accident_severity", severity),
                code("/environment/weather", "stats19.weather_conditions", weatherCode),
                code("/environment/light", "stats19.light_conditions", lightCode),
                code("/environment/roadSurface", "stats19.road_surface_conditions", surfaceCode),
                code("/source/unitCode", "stats19.police_force", "1"));
    }

    @Test
    void roadNumberAndNarrativeComeFromTheCodes() {
        AccidentRecord motorway = results.get(22 - 2).record();

        assertThat(motorway.getLocation().getRoad()).isEqualTo("M25");
        assertThat(motorway.getNarrative()).isEqualTo(
                "Fatal collision on Saturday 1 January 2022 at 22:45 (UK time), police force: Metropolitan Police. "
                        + "Road: M25, rural area, 70 mph limit. "
                        + "Conditions: darkness without lighting, fine without high winds, road surface dry. "
                        + "3 vehicles, 3 casualties. " + Narrative.GENERATED);
        assertThat(results.get(6 - 2).record().getLocation().getRoad()).as("unclassified road: no number").isNull();
    }

    @Test
    void theCopyInTheTestResourcesIsTheSharedSample() throws IOException {
        assumeThat(Files.isReadable(Stats19Files.SHARED_SAMPLE)).as("shared folder present").isTrue();

        assertThat(Stats19Files.resource(Stats19Files.SAMPLE)).isEqualTo(Files.readAllBytes(Stats19Files.SHARED_SAMPLE));
    }

    private static SourceCode code(String field, String scheme, String code) {
        return SourceCode.newBuilder().setField(field).setScheme(scheme).setCode(code).build();
    }
}
