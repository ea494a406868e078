package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date and time are London wall-clock time (GMT in winter, BST in summer), including the two
 * nights a year when the clock jumps.
 */
class Stats19TimeTest {

    private static final String ROW_2 = Stats19Files.sampleLines().get(1);

    @ParameterizedTest(name = "{0} {1} in London is {2}")
    @CsvSource({
        "05/01/2022, 16:40, 2022-01-05T16:40:00Z, ",
        "15/07/2022, 16:40, 2022-07-15T15:40:00Z, ",
        "27/03/2022, 00:59, 2022-03-27T00:59:00Z, ",
        // the clocks go forward from 01:00 to 02:00: 01:30 does not exist and is read as 02:30 BST
        "27/03/2022, 01:30, 2022-03-27T01:30:00Z, TIME_IN_DST_GAP",
        "27/03/2022, 02:00, 2022-03-27T01:00:00Z, ",
        // the clocks go back from 02:00 to 01:00: 01:30 happens twice and is read as the first (BST)
        "30/10/2022, 01:30, 2022-10-30T00:30:00Z, AMBIGUOUS_LOCAL_TIME",
        "30/10/2022, 02:00, 2022-10-30T02:00:00Z, ",
        "31/12/2022, 23:59, 2022-12-31T23:59:00Z, "
    })
    void londonTime(String date, String time, String instant, String warning) {
        String row = Stats19Files.withValue(Stats19Files.withValue(Stats19Files.withValue(ROW_2, "date", date),
                "time", time), "day_of_week", "-1");

        List<RowResult> results = Stats19Files.read(Stats19Files.collisionCsv(row));

        assertThat(results.get(0).errors()).isEmpty();
        assertThat(results.get(0).record().getOccurredAt()).isEqualTo(Instant.parse(instant));
        if (warning == null) {
            assertThat(results.get(0).warnings()).extracting(Problem::code).doesNotContain("TIME_IN_DST_GAP",
                    "AMBIGUOUS_LOCAL_TIME");
        } else {
            assertThat(results.get(0).warnings()).extracting(Problem::path, Problem::code)
                    .contains(tuple("collision row 2, column time", warning));
        }
    }
}
