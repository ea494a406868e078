package org.accidenthub.hub.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The audit trail's front: requests hand their entry over without waiting for the database, and
 * one writer per hub appends queued entries in batches every {@link AuditConfig#flushInterval()}.
 * The trade-off (docs/SECURITY.md): no database round trip on a request's path, at the price of
 * losing the entries of the last interval if the process dies abruptly. Nothing is lost silently
 * otherwise: when the queue is full, the number of dropped entries is itself written as a
 * {@link AuditAction#LOST} entry.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    /** A batch the database refuses for its content (not for being away) is retried this often. */
    private static final int ATTEMPTS_FOR_REFUSED_BATCH = 3;

    private final AuditChain chain;
    private final AuditConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final BlockingQueue<AuditEntry> queue;
    private final AtomicLong lost = new AtomicLong();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Counter lostTotal;
    /** The batch being written, kept until the database took it. Guarded by {@link #writing}. */
    private volatile List<AuditEntry> pending = List.of();
    private volatile int refusals;
    private volatile boolean databaseAway;
    private long timer = -1;

    AuditTrail(AuditChain chain, AuditConfig config, Vertx vertx, Clock clock, MeterRegistry metrics) {
        this.chain = chain;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
        this.queue = new ArrayBlockingQueue<>(config.queueCapacity());
        metrics.gaugeCollectionSize("hub.audit.queue.size", Tags.empty(), queue);
        this.lostTotal = metrics.counter("hub.audit.entries.lost");
    }

    /** Takes the entry for writing; never blocks and never fails the request. */
    public void record(AuditEntry entry) {
        if (!queue.offer(entry.storable())) {
            lost.incrementAndGet();
            lostTotal.increment();
        }
    }

    void start(@Observes StartupEvent started) {
        timer = vertx.setPeriodic(Math.max(1, config.flushInterval().toMillis()), id -> writeNext());
    }

    /** An orderly shutdown writes what is queued (for up to 10 s) before the pool closes. */
    void stop(@Observes ShutdownEvent stopping) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (hasUnwritten() && System.nanoTime() < deadline) {
            writeNext();
            try {
                Thread.sleep(10);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (hasUnwritten()) {
            LOG.errorf("shutting down with %d audit entries unwritten", unwritten());
        }
    }

    private boolean hasUnwritten() {
        return writing.get() || unwritten() > 0;
    }

    private long unwritten() {
        return queue.size() + pending.size() + lost.get();
    }

    /** Writes the next batch unless a write is under way. */
    void writeNext() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        List<AuditEntry> batch = nextBatch();
        if (batch.isEmpty()) {
            writing.set(false);
            return;
        }
        // deferred: even a failure thrown while building the write ends in notWritten, never leaves the writer stuck
        Uni.createFrom().deferred(() -> chain.append(batch))
                .subscribe().with(done -> written(), failure -> notWritten(batch, failure));
    }

    private List<AuditEntry> nextBatch() {
        if (pending.isEmpty()) {
            List<AuditEntry> batch = new ArrayList<>(Math.min(queue.size() + 1, config.batchSize()));
            long dropped = lost.getAndSet(0);
            if (dropped > 0) {
                batch.add(lostEntry(dropped));
            }
            queue.drainTo(batch, config.batchSize() - batch.size());
            pending = batch;
        }
        return pending;
    }

    private void written() {
        if (databaseAway) {
            LOG.info("audit entries are written again");
            databaseAway = false;
        }
        pending = List.of();
        refusals = 0;
        writing.set(false);
        if (queue.size() >= config.batchSize()) {
            writeNext();
        }
    }

    private void notWritten(List<AuditEntry> batch, Throwable failure) {
        if (refusedForContent(failure) && ++refusals >= ATTEMPTS_FOR_REFUSED_BATCH) {
            // a defect, not an outage: keep the trail moving and say how much is missing
            LOG.errorf(failure, "the database refuses a batch of %d audit entries; counting them as lost", batch.size());
            long count = batch.stream().mapToLong(AuditTrail::entriesIn).sum();
            lost.addAndGet(count);
            lostTotal.increment(count);
            pending = List.of();
            refusals = 0;
        } else if (!databaseAway) {
            LOG.warnf("audit entries not written, retrying (%d queued): %s", queue.size() + batch.size(), failure);
            databaseAway = true;
        }
        writing.set(false);
    }

    /** SQLSTATE class 22 (data exception) or 23 (integrity constraint): retrying will not help. */
    private static boolean refusedForContent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("22") || pg.getSqlState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    private static long entriesIn(AuditEntry entry) {
        return entry.action() == AuditAction.LOST ? Long.parseLong(entry.fields()) : 1;
    }

    private AuditEntry lostEntry(long count) {
        return new AuditEntry(clock.instant(), null, null, null, null, null, "-", "-", null, AuditAction.LOST, 0,
                Long.toString(count)).storable();
    }
}
