package org.accidenthub.hub.events.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.events.EventsConfig;
import org.accidenthub.hub.privacy.FieldCipher;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka, at least once and in order per case, from a thread of its own.
 *
 * <p>Each round takes the oldest unpublished event of each case ({@link RelaySession}), publishes them
 * and waits for the broker, then marks as published exactly those the broker acknowledged. A crash at
 * any point loses nothing: what was not marked is published again (a consumer drops the duplicate by
 * its event id). A broker that is down stops nothing but this thread: the API keeps writing to the
 * outbox, and {@link OutboxLag} shows the backlog until the relay drains it.
 *
 * <p>Blocking by design: the Kafka producer and the relay's own JDBC session block, and a dedicated
 * thread keeps them off the event loop that serves the API.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EventsConfig config;
    private final RelayDatabase database;
    private final Instance<EventPublisher> publishers;
    private final Counter published;
    private final Counter unacknowledged;
    private final FieldCipher cipher;
    private volatile boolean running;
    private Thread thread;

    OutboxRelay(EventsConfig config, RelayDatabase database, Instance<EventPublisher> publishers,
            MeterRegistry registry, FieldCipher cipher) {
        this.config = config;
        this.cipher = cipher;
        this.database = database;
        this.publishers = publishers;
        this.published = Counter.builder("accidenthub.outbox.relay.published")
                .description("Outbox events the broker acknowledged").register(registry);
        this.unacknowledged = Counter.builder("accidenthub.outbox.relay.unacknowledged")
                .description("Outbox events offered to the broker but not acknowledged (published again later)")
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (!config.relay().enabled()) {
            LOG.info("the outbox relay is off (hub.events.relay.enabled=false)");
            return;
        }
        EventPublisher publisher = publishers.get();
        running = true;
        thread = new Thread(() -> run(publisher), "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run(EventPublisher publisher) {
        RelaySession session = null;
        try {
            while (running) {
                try {
                    if (session == null) {
                        session = RelaySession.tryOpen(database).orElse(null);
                        if (session == null) {
                            pause(config.relay().standbyInterval());
                            continue;
                        }
                        LOG.info("this instance is the active outbox relay");
                    }
                    round(session, publisher);
                } catch (SQLException lost) {
                    LOG.warnf("the outbox relay has no database session (%s); it tries again", lost.getMessage());
                    session = closed(session);
                    pause(config.relay().retryBackoff());
                } catch (RuntimeException defect) {
                    // never skip an event: the same round is tried again, and the lag metric shows the stall
                    LOG.error("outbox relay round failed; it is tried again", defect);
                    pause(config.relay().retryBackoff());
                }
            }
        } finally {
            closed(session);
            publisher.close();
        }
    }

    private void round(RelaySession session, EventPublisher publisher) throws SQLException {
        List<PendingEvent> batch = session.nextPerCase(config.relay().batchSize());
        if (batch.isEmpty()) {
            pause(config.relay().pollInterval());
            return;
        }
        // the outbox holds the envelope sealed (docs/SECURITY.md); consumers get the canonical bytes as before
        List<EventRecord> records = batch.stream().map(row -> EventRecords.of(opened(row), config.kafka().topicPrefix()))
                .toList();
        Set<UUID> acknowledged = publisher.publish(records);
        session.markPublished(acknowledged);
        published.increment(acknowledged.size());
        if (acknowledged.size() < records.size()) {
            unacknowledged.increment(records.size() - acknowledged.size());
            pause(config.relay().retryBackoff());
        }
    }

    private PendingEvent opened(PendingEvent row) {
        return new PendingEvent(row.id(), row.aggregateType(), row.aggregateId(), row.type(), row.sequence(),
                row.timestamp(), cipher.open(row.payload()));
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            running = false;
        }
    }

    private static RelaySession closed(RelaySession session) {
        if (session != null) {
            session.close();
        }
        return null;
    }
}
