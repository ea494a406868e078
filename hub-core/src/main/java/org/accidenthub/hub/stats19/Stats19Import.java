package org.accidenthub.hub.stats19;

import io.quarkus.vertx.VertxContextSupport;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.connectors.stats19.RowResult;
import org.accidenthub.connectors.stats19.Stats19CollisionReader;
import org.accidenthub.hub.cases.AcceptedFile;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.cases.CaseRecorder;
import org.accidenthub.hub.cases.RecordedRevision;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * STATS19 files into cases (docs/formats/stats19.md, "HTTP import"): the connector reads the files
 * row by row, and every accepted collision is recorded by {@link CaseRecorder} in a transaction of its
 * own, exactly like a police file. So a row is stored whole or not at all, a bad row never stops the
 * good ones, and a resent file is idempotent per (importing unit, collision index).
 *
 * <p>Threads: this runs on a worker thread, because the connector reads blocking streams. Hibernate
 * Reactive must run on a Vert.x context, so each row's transaction is started through
 * {@link VertxContextSupport#subscribeAndAwait}, which runs it on a fresh duplicated context (its own
 * session) and waits for it on a thread of {@link #recorders}.
 */
@ApplicationScoped
public class Stats19Import {

    /** Rows recorded at once per import: enough to keep the database busy, few of the pool's connections. */
    static final int ROWS_IN_FLIGHT = 4;

    private final Stats19CollisionReader reader = new Stats19CollisionReader();
    private final CaseRecorder recorder;
    private final Clock clock;
    private final ExecutorService recorders = Executors.newFixedThreadPool(2 * ROWS_IN_FLIGHT, daemonThreads());

    Stats19Import(CaseRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    /**
     * Imports the files for the caller's police unit, which owns the cases made (the records keep the
     * STATS19 force code in their source).
     *
     * @throws ProblemException 422 when a file as a whole cannot be read (no header, a required column
     *                          missing, a side file too long): nothing is stored then
     */
    public ImportSummary run(Stats19Files files, Caller importer) {
        Instant receivedAt = clock.instant();
        Iterator<RowResult> results = reader.iterator(files.collisions(), files.vehicles(), files.casualties(),
                new ReadContext(receivedAt));
        ImportTally tally = new ImportTally();
        RecordingWindow window = new RecordingWindow(ROWS_IN_FLIGHT, recorders);
        boolean anyRow = false;
        while (results.hasNext()) {
            RowResult result = results.next();
            if (result.stopsReading() && !anyRow) {
                // the file could not be read at all: a 4xx for the request, not a summary of zero rows
                throw ProblemException.invalid(result.errors(), result.warnings());
            }
            anyRow = true;
            if (result.accepted()) {
                AcceptedFile row = accepted(result.record(), importer, receivedAt);
                window.submit(result.collisionIndex(), () -> tally.stored(result, record(row)));
            } else {
                tally.refused(result);
            }
        }
        window.drain();
        return tally.summary();
    }

    private RecordedRevision record(AcceptedFile row) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> recorder.record(row));
        } catch (Throwable failed) {
            throw RecordingWindow.Sneaky.<RuntimeException>rethrow(failed);
        }
    }

    /**
     * One collision as an accepted file owned by the importer. The reader hands out records, not the
     * text of their rows, so the inbound record's raw bytes are the canonical record itself; every code
     * read from the row is kept in its {@code sourceCodes}.
     */
    private static AcceptedFile accepted(AccidentRecord record, Caller importer, Instant receivedAt) {
        byte[] canonical = CanonicalRecords.encode(record);
        return new AcceptedFile(record, canonical, Stats19CollisionReader.ID, canonical,
                CanonicalRecords.WRITER_FINGERPRINT, Sha256.hex(canonical), List.of(), importer, receivedAt,
                importer.orgCode());
    }

    @PreDestroy
    void stop() {
        recorders.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "stats19-recorder-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
