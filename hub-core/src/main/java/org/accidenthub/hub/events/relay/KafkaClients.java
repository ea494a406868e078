package org.accidenthub.hub.events.relay;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.accidenthub.hub.events.EventsConfig;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The relay's Kafka client settings, from {@link EventsConfig.Kafka}. */
final class KafkaClients {

    static final String CLIENT_ID = "accident-hub-outbox-relay";

    private KafkaClients() {
    }

    static Map<String, Object> producer(EventsConfig.Kafka kafka) {
        Map<String, Object> properties = common(kafka);
        long sendTimeout = kafka.sendTimeout().toMillis();
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(10_000, sendTimeout / 2));
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout);
        // send() waits this long for metadata of an unreachable cluster: a round fails fast instead
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        properties.putAll(kafka.client());
        // at-least-once without duplicates from the producer's own retries, and order per partition
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return properties;
    }

    static Map<String, Object> admin(EventsConfig.Kafka kafka) {
        Map<String, Object> properties = common(kafka);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) adminTimeout().toMillis());
        properties.putAll(kafka.client());
        return properties;
    }

    static Duration adminTimeout() {
        return Duration.ofSeconds(10);
    }

    private static Map<String, Object> common(EventsConfig.Kafka kafka) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        properties.put(CommonClientConfigs.CLIENT_ID_CONFIG, CLIENT_ID);
        return properties;
    }
}
