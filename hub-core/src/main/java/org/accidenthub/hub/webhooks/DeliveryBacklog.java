package org.accidenthub.hub.webhooks;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook backlog as metrics: {@code accidenthub_webhooks_deliveries_pending} (not delivered yet, due
 * or waiting) and {@code accidenthub_webhooks_deliveries_dead} (given up, until replayed).
 */
@ApplicationScoped
class DeliveryBacklog {

    /** Both counts read partial indexes; delivered rows, the bulk of the table, are never scanned. */
    private static final String COUNTS = "select (select count(*) from webhook_deliveries where status = 'PENDING'),"
            + " (select count(*) from webhook_deliveries where status = 'DEAD')";

    private final Pool pool;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();

    DeliveryBacklog(Pool pool, MeterRegistry registry) {
        this.pool = pool;
        Gauge.builder("accidenthub.webhooks.deliveries.pending", pending, AtomicLong::get)
                .description("Webhook deliveries not delivered yet").register(registry);
        Gauge.builder("accidenthub.webhooks.deliveries.dead", dead, AtomicLong::get)
                .description("Webhook deliveries given up after every attempt failed").register(registry);
    }

    @Scheduled(identity = "webhook-backlog", every = "${hub.events.lag-sample-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sample() {
        return pool.query(COUNTS).execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    pending.set(row.getLong(0));
                    dead.set(row.getLong(1));
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
