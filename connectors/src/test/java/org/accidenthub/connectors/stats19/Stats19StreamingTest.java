package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.accidenthub.connectors.spi.Problem;
import org.junit.jupiter.api.Test;

/** The reader streams: results come while the file is still being read, and a failing stream ends them cleanly. */
class Stats19StreamingTest {

    private static final List<String> LINES = Stats19Files.sampleLines();

    @Test
    void resultsComeBeforeTheEndOfAnEndlessFile() {
        InputStream endless = new InputStream() {
            private final byte[] header = (LINES.get(0) + "\n").getBytes(StandardCharsets.UTF_8);
            private final byte[] row = (LINES.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
            private long position;

            @Override
            public int read() {
                long at = position++;
                return at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
            }
        };

        List<RowResult> first = Stats19Files.READER.read(endless, Stats19Files.CONTEXT).limit(1_000).toList();

        assertThat(first).hasSize(1_000).allSatisfy(result -> assertThat(result.accepted()).isTrue());
        assertThat(first.get(999).row()).isEqualTo(1_001);
    }

    @Test
    void nothingIsReadBeforeTheFirstResultIsAskedFor() {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read too early");
            }
        };

        Iterator<RowResult> results = Stats19Files.READER.iterator(untouchable, Optional.empty(), Optional.empty(),
                Stats19Files.CONTEXT);

        assertThat(results).isNotNull();
    }

    @Test
    void aFailingStreamEndsTheResultsWithOneThatStopsReading() {
        InputStream failing = new SequenceInputStream(
                new ByteArrayInputStream(Stats19Files.bytes(Stats19Files.collisionCsv(LINES.get(1), LINES.get(2)))),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }
                });

        List<RowResult> results = Stats19Files.READER.read(failing, Stats19Files.CONTEXT).toList();

        assertThat(results).hasSizeGreaterThanOrEqualTo(1);
        RowResult last = results.get(results.size() - 1);
        assertThat(last.stopsReading()).isTrue();
        assertThat(last.errors()).containsExactly(new Problem("collision file", "READ_FAILED",
                "reading the collision file failed: connection reset"));
        assertThat(results.subList(0, results.size() - 1)).allSatisfy(result -> assertThat(result.accepted()).isTrue());
    }
}
