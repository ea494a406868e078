package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bad row is rejected alone, with its row and column, and the rows around it are still
 * accepted: the middle one of three real rows (file rows 2-4) is damaged in one way at a time.
 */
class Stats19MalformedRowsTest {

    private static final List<String> LINES = Stats19Files.sampleLines();
    private static final String BEFORE = LINES.get(1);
    private static final String MIDDLE = LINES.get(2);
    private static final String AFTER = LINES.get(3);
    private static final String MIDDLE_INDEX = "2022010352573";

    @ParameterizedTest(name = "{0} = ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
        "date                    | 32/01/2022    | INVALID_DATE",
        "date                    | 29/02/2022    | INVALID_DATE",
        "date                    | 2022-01-01    | INVALID_DATE",
        "date                    | -1            | REQUIRED",
        "date                    | 01/01/2099    | OCCURRED_IN_FUTURE",
        "time                    | 24:00         | INVALID_TIME",
        "time                    | 1:17          | INVALID_TIME",
        "time                    | ''            | REQUIRED",
        "weather_conditions      | x             | NOT_A_NUMBER",
        "weather_conditions      | ' 1'          | NOT_A_NUMBER",
        "weather_conditions      | 1.0           | NOT_A_NUMBER",
        "weather_conditions      | 42            | UNKNOWN_CODE",
        "light_conditions        | 2             | UNKNOWN_CODE",
        "road_surface_conditions | 8             | UNKNOWN_CODE",
        "police_force            | 2             | UNKNOWN_CODE",
        "police_force            | -1            | REQUIRED",
        "accident_severity       | 4             | UNKNOWN_CODE",
        "accident_severity       | +3            | NOT_A_NUMBER",
        "day_of_week             | 8             | UNKNOWN_CODE",
        "first_road_class        | 7             | UNKNOWN_CODE",
        "urban_or_rural_area     | 4             | UNKNOWN_CODE",
        "speed_limit             | 300           | OUT_OF_RANGE",
        "number_of_vehicles      | 1000          | OUT_OF_RANGE",
        "first_road_number       | 12345         | OUT_OF_RANGE",
        "accident_year           | twenty22      | NOT_A_NUMBER",
        "longitude               | abc           | NOT_A_NUMBER",
        "longitude               | NaN           | NOT_A_NUMBER",
        "longitude               | 0x1p3         | NOT_A_NUMBER",
        "longitude               | 1e3           | OUT_OF_RANGE",
        "longitude               | 200.5         | OUT_OF_RANGE",
        "latitude                | ''            | COORDINATES_INCOMPLETE",
        "accident_index          | 2022-0103     | PATTERN_MISMATCH",
    })
    void aBadValueRejectsItsRowOnly(String column, String value, String code) {
        List<RowResult> results = readAround(Stats19Files.withValue(MIDDLE, column, value));

        assertThat(results.get(1).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("collision row 3, column " + column, code));
    }

    @Test
    void aMissingIndexIsRequiredAndTheRowHasNoIndex() {
        List<RowResult> results = readAround(Stats19Files.withValue(MIDDLE, "accident_index", ""));

        assertThat(results.get(1).collisionIndex()).isNull();
        assertThat(results.get(1).errors()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("collision row 3, column accident_index", "REQUIRED"));
    }

    @Test
    void everyProblemOfARowIsReportedAtOnce() {
        String row = Stats19Files.withValue(Stats19Files.withValue(Stats19Files.withValue(MIDDLE,
                "date", "31/04/2022"), "weather_conditions", "42"), "police_force", "x");

        assertThat(readAround(row).get(1).errors()).extracting(Problem::path).containsExactlyInAnyOrder(
                "collision row 3, column date",
                "collision row 3, column weather_conditions",
                "collision row 3, column police_force");
    }

    @Test
    void aRowWithAValueTooManyOrTooFewIsRejected() {
        assertThat(readAround(MIDDLE + ",extra").get(1).errors()).containsExactly(new Problem("collision row 3",
                "COLUMN_COUNT", "the row has 37 values; the header has 36 columns"));
        assertThat(readAround(MIDDLE.substring(0, MIDDLE.lastIndexOf(','))).get(1).errors())
                .extracting(Problem::code).containsExactly("COLUMN_COUNT");
    }

    @Test
    void csvSyntaxErrorsRejectTheirRowOnly() {
        assertThat(readAround(MIDDLE.replace(",E09000011,", ",E09\"000011,")).get(1).errors())
                .extracting(Problem::path, Problem::code).containsExactly(tuple("collision row 3", "STRAY_QUOTE"));
        assertThat(readAround(MIDDLE.replace(",E09000011,", ",\"E09000011\"x,")).get(1).errors())
                .extracting(Problem::code).containsExactly("STRAY_QUOTE");
    }

    @Test
    void quotedValuesAreReadLikeUnquotedOnes() {
        String quoted = "\"" + MIDDLE.replace(",", "\",\"") + "\"";

        List<RowResult> results = readAround(quoted);

        assertThat(results.get(1).record()).isEqualTo(Stats19Files.read(Stats19Files.collisionCsv(MIDDLE)).get(0).record());
    }

    @Test
    void bytesThatAreNotUtf8RejectTheirRowOnly() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(Stats19Files.collisionCsv(BEFORE).getBytes(StandardCharsets.UTF_8));
        csv.writeBytes(MIDDLE.replace("E01033745", "E0103374").getBytes(StandardCharsets.UTF_8));
        csv.write(0xFF);
        csv.writeBytes(("\n" + AFTER + "\n").getBytes(StandardCharsets.UTF_8));

        List<RowResult> results = Stats19Files.read(csv.toByteArray());

        assertThat(results).extracting(RowResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).errors()).extracting(Problem::code).containsExactly("INVALID_ENCODING");
    }

    @Test
    void aRowLongerThanTheLimitIsRejectedAndReadingGoesOn() {
        // the header has about 700 characters, the rows about 150
        Stats19CollisionReader reader = new Stats19CollisionReader(new Stats19Limits(1_000, 512, 10));
        String csv = Stats19Files.collisionCsv(BEFORE, MIDDLE.replace("E01033745", "E".repeat(2_000)), AFTER);

        List<RowResult> results = reader.read(Stats19Files.stream(Stats19Files.bytes(csv)), Stats19Files.CONTEXT).toList();

        assertThat(results).extracting(RowResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).errors()).extracting(Problem::code).containsExactly("ROW_TOO_LONG");
        assertThat(results.get(1).collisionIndex()).isEqualTo(MIDDLE_INDEX);
    }

    @Test
    void aRowWithMoreColumnsThanTheLimitIsRejected() {
        Stats19CollisionReader reader = new Stats19CollisionReader(new Stats19Limits(65_536, 40, 10));
        String csv = Stats19Files.collisionCsv(BEFORE, MIDDLE + ",1".repeat(10), AFTER);

        List<RowResult> results = reader.read(Stats19Files.stream(Stats19Files.bytes(csv)), Stats19Files.CONTEXT).toList();

        assertThat(results).extracting(RowResult::accepted).containsExactly(true, false, true);
        assertThat(results.get(1).errors()).extracting(Problem::code).containsExactly("TOO_MANY_COLUMNS");
    }

    @Test
    void anUnterminatedQuoteSwallowsTheRestOfTheFileIntoItsRow() {
        List<RowResult> results = readAround(MIDDLE.replace(",E09000011,", ",\"E09000011,"));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).accepted()).isTrue();
        assertThat(results.get(1).errors()).extracting(Problem::code).containsExactly("UNTERMINATED_QUOTE");
    }

    @Test
    void disagreementsBetweenColumnsAreWarnings() {
        String row = Stats19Files.withValue(Stats19Files.withValue(MIDDLE, "day_of_week", "2"), "accident_year", "2021");
        String swapped = Stats19Files.withValue(Stats19Files.withValue(MIDDLE, "longitude", "51.49883"),
                "latitude", "0.105042");

        assertThat(readAround(row).get(1).warnings()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("collision row 3, column day_of_week", "DAY_OF_WEEK_MISMATCH"),
                tuple("collision row 3, column accident_year", "YEAR_MISMATCH"));
        assertThat(readAround(swapped).get(1).warnings()).extracting(Problem::code)
                .containsExactly("COORDINATES_OUTSIDE_GB");
    }

    @Test
    void missingValuesOfOptionalColumnsAreNullNotErrors() {
        String row = MIDDLE;
        for (String column : List.of("longitude", "latitude", "weather_conditions", "light_conditions",
                "road_surface_conditions", "speed_limit", "urban_or_rural_area", "number_of_vehicles")) {
            row = Stats19Files.withValue(row, column, column.endsWith("tude") ? "" : "-1");
        }

        RowResult result = readAround(row).get(1);

        assertThat(result.errors()).isEmpty();
        assertThat(result.record().getLocation().getLatitude()).isNull();
        assertThat(result.record().getEnvironment().getWeather()).isNull();
        assertThat(result.record().getSourceCodes()).extracting(code -> code.getScheme())
                .doesNotContain("stats19.weather_conditions", "stats19.speed_limit");
    }

    /** Reads BEFORE, the given middle row, AFTER; checks that the neighbours are accepted. */
    private static List<RowResult> readAround(String middle) {
        List<RowResult> results = Stats19Files.read(Stats19Files.collisionCsv(BEFORE, middle, AFTER));
        assertThat(results.get(0).accepted()).as("row before").isTrue();
        assertThat(results.get(0).row()).isEqualTo(2);
        if (results.size() == 3) {
            assertThat(results.get(2).accepted()).as("row after").isTrue();
            assertThat(results.get(2).row()).isEqualTo(4);
        }
        RowResult bad = results.get(1);
        assertThat(bad.row()).isEqualTo(3);
        assertThat(bad.stopsReading()).isFalse();
        if (bad.accepted()) {
            assertThat(bad.record()).isNotNull();
        } else {
            assertThat(bad.record()).isNull();
        }
        return results;
    }
}
