package org.accidenthub.hub.events.relay;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.accidenthub.hub.events.EventsConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Publishes with a plain idempotent {@link KafkaProducer} ({@code acks=all}). The relay calls it from
 * its own thread and needs, per record, "acknowledged or not" before it records progress; a producer
 * that failed is closed and made anew, so nothing of a failed round lingers in its buffers.
 */
@ApplicationScoped
@LookupIfProperty(name = "hub.events.publisher", stringValue = "kafka")
public class KafkaEventPublisher implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);
    /** Beyond the producer's own delivery timeout, for the answers of a slow broker to arrive. */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(5);

    private final EventsConfig.Kafka config;
    private final KafkaTopics topics;
    private KafkaProducer<String, byte[]> producer;

    KafkaEventPublisher(EventsConfig config) {
        this.config = config.kafka();
        this.topics = new KafkaTopics(this.config);
    }

    @Override
    public Set<UUID> publish(List<EventRecord> records) {
        Set<UUID> acknowledged = new HashSet<>();
        try {
            topics.ensure(records.stream().map(EventRecord::topic).toList());
        } catch (KafkaException | KafkaTopics.TopicsUnavailableException unreachable) {
            LOG.warnf("Kafka is not reachable (%s); %d event(s) stay in the outbox", unreachable.getMessage(),
                    records.size());
            return acknowledged;
        }
        List<Sent> sent = send(records);
        Throwable firstFailure = awaitAcknowledgements(sent, acknowledged);
        if (acknowledged.size() < records.size()) {
            LOG.warnf("%d of %d event(s) not acknowledged by Kafka (%s); they stay in the outbox",
                    records.size() - acknowledged.size(), records.size(), firstFailure);
            reset();
        }
        return acknowledged;
    }

    private List<Sent> send(List<EventRecord> records) {
        List<Sent> sent = new ArrayList<>();
        try {
            for (EventRecord record : records) {
                sent.add(new Sent(record.eventId(), producer().send(producerRecord(record))));
            }
        } catch (KafkaException refused) {
            // typically no metadata within max.block.ms: the rest of the round is not sent at all
            LOG.debugf("send refused after %d record(s): %s", sent.size(), refused);
        }
        return sent;
    }

    private Throwable awaitAcknowledgements(List<Sent> sent, Set<UUID> acknowledged) {
        long deadline = System.nanoTime() + config.sendTimeout().plus(ANSWER_MARGIN).toNanos();
        Throwable firstFailure = null;
        for (Sent one : sent) {
            try {
                one.answer().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(one.eventId());
            } catch (ExecutionException failed) {
                firstFailure = firstFailure == null ? failed.getCause() : firstFailure;
            } catch (java.util.concurrent.TimeoutException slow) {
                firstFailure = firstFailure == null ? slow : firstFailure;
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return interrupted;
            }
        }
        return firstFailure;
    }

    private static ProducerRecord<String, byte[]> producerRecord(EventRecord record) {
        ProducerRecord<String, byte[]> producerRecord = new ProducerRecord<>(record.topic(), null,
                record.timestampMillis(), record.key(), record.value());
        record.headers().forEach((name, value) -> producerRecord.headers().add(name,
                value.getBytes(StandardCharsets.UTF_8)));
        return producerRecord;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(KafkaClients.producer(config));
        }
        return producer;
    }

    /** Drops whatever a failed round left in the producer; the relay offers those events again. */
    private void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        topics.close();
    }

    private record Sent(UUID eventId, Future<RecordMetadata> answer) {
    }
}
