package org.accidenthub.hub.events.relay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The relay's backlog as metrics: {@code accidenthub_outbox_lag_events} (rows the broker has not
 * acknowledged) and {@code accidenthub_outbox_lag_seconds} (age of the oldest of them). Sampled from
 * the database on a schedule of its own, so that the gauges keep moving while the relay waits for a
 * broker that is down, and every replica reports the same numbers.
 */
@ApplicationScoped
public class OutboxLag {

    private static final Logger LOG = Logger.getLogger(OutboxLag.class);
    private static final String BACKLOG = "select count(*), coalesce(cast(extract(epoch from now() - min(timestamp))"
            + " * 1000 as bigint), 0) from outbox_events where published_at is null";

    private final Pool pool;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong oldestMillis = new AtomicLong();

    OutboxLag(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("accidenthub.outbox.lag.events", events, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder("accidenthub.outbox.lag.seconds", oldestMillis, millis -> millis.get() / 1000.0)
                .description("Age of the oldest outbox event not yet acknowledged by Kafka").register(registry);
    }

    @Scheduled(identity = "outbox-lag", every = "${hub.events.lag-sample-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sample() {
        return pool.query(BACKLOG).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    events.set(row.getLong(0));
                    oldestMillis.set(row.getLong(1));
                })
                .onFailure().invoke(failure -> LOG.debugf("outbox lag not sampled: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public long events() {
        return events.get();
    }
}
