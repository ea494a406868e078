package org.accidenthub.hub.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/** Court case numbers under concurrency: per court and year, unique and gap-free. */
@QuarkusTest
class CaseNumberConcurrencyTest {

    private static final int RULINGS = 50;
    private static final Pattern NUMBER = Pattern.compile("\\((\\d{4})\\)豫1702民特(\\d+)号");

    @Test
    void fifty_concurrent_confirmations_at_one_court_get_fifty_distinct_gap_free_numbers() throws Exception {
        List<String> accepted = all(RULINGS, 4, () -> {
            String applicationId = Adjudication.filedApplication(Adjudication.agreedCase("1000.00"));
            Adjudication.accept(applicationId).then().statusCode(200);
            return applicationId;
        }, null);

        List<String> numbers = all(RULINGS, RULINGS, null, accepted);

        List<Integer> sequence = new ArrayList<>();
        for (String number : numbers) {
            Matcher matcher = NUMBER.matcher(number);
            assertThat(matcher.matches()).as(number).isTrue();
            sequence.add(Integer.parseInt(matcher.group(2)));
        }
        sequence.sort(Integer::compare);
        assertThat(sequence).doesNotHaveDuplicates().hasSize(RULINGS);
        // gap-free: this test's rulings are the only ones running, so they take one consecutive block
        assertThat(sequence.get(RULINGS - 1) - sequence.get(0)).isEqualTo(RULINGS - 1);
        String year = NUMBER.matcher(numbers.get(0)).results().findFirst().orElseThrow().group(1);
        assertThat(Database.count("select last_number from court_case_counters where court_code = '411702'"
                + " and kind = 'SPECIAL' and year = ?::int", year)).isEqualTo(sequence.get(RULINGS - 1).longValue());
    }

    /** Runs {@code setup} {@code count} times, or confirms each of {@code applications}, on {@code threads} threads. */
    private static List<String> all(int count, int threads, Callable<String> setup, List<String> applications)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String applicationId = applications == null ? null : applications.get(i);
                results.add(pool.submit(setup != null ? setup : () -> Adjudication.confirm(applicationId).then()
                        .statusCode(200).extract().path("caseNumber")));
            }
            List<String> values = new ArrayList<>();
            for (Future<String> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            pool.shutdownNow();
        }
    }
}
