package org.accidenthub.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.connectors.stats19.RowResult;
import org.accidenthub.connectors.stats19.Stats19CollisionReader;
import org.accidenthub.connectors.stats19.Stats19ProblemCode;

/**
 * The STATS19 reader is total: whatever bytes arrive, every failure comes back as problems
 * (never an exception, never its own INTERNAL_ERROR safety net), only the last result may stop
 * reading, and every accepted record can be stored. In a normal build this replays the seeds in
 * {@code Stats19ReaderFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} Jazzer mutates them,
 * guided by coverage, for {@code maxDuration} (docs/formats/stats19.md, "Fuzz tests").
 */
class Stats19ReaderFuzzTest {

    /** Separates the collision, vehicle and casualty files inside one fuzz input. */
    private static final byte FILE_SEPARATOR = 0;

    private static final Stats19CollisionReader READER = new Stats19CollisionReader();
    private static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-11-01T00:00:00Z"));

    @FuzzTest(maxDuration = "60s")
    void collisionFile(byte[] collisions) {
        check(READER.read(new ByteArrayInputStream(collisions), CONTEXT).toList());
    }

    /** The input is up to three files, separated by a NUL byte: collisions, vehicles, casualties. */
    @FuzzTest(maxDuration = "60s")
    void joinedFiles(byte[] input) {
        List<byte[]> files = split(input);
        check(READER.read(stream(files, 0).orElseGet(() -> new ByteArrayInputStream(new byte[0])),
                stream(files, 1), stream(files, 2), CONTEXT).toList());
    }

    private static void check(List<RowResult> results) {
        for (int i = 0; i < results.size(); i++) {
            RowResult result = results.get(i);
            assertThat(result.errors()).extracting(Problem::code)
                    .doesNotContain(Stats19ProblemCode.INTERNAL_ERROR.name());
            assertThat(result.stopsReading() && i < results.size() - 1).as("only the last result stops").isFalse();
            if (result.accepted()) {
                FuzzInvariants.storable(result.record());
            }
        }
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> files = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < input.length && files.size() < 2; i++) {
            if (input[i] == FILE_SEPARATOR) {
                files.add(Arrays.copyOfRange(input, from, i));
                from = i + 1;
            }
        }
        files.add(Arrays.copyOfRange(input, from, input.length));
        return files;
    }

    private static Optional<InputStream> stream(List<byte[]> files, int which) {
        return which < files.size() ? Optional.of(new ByteArrayInputStream(files.get(which))) : Optional.empty();
    }
}
