package org.accidenthub.hub.events.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.accidenthub.hub.events.EventsConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void the_producer_is_idempotent_and_waits_for_all_replicas_whatever_the_configuration_says() {
        Map<String, Object> producer = KafkaClients.producer(kafka(Map.of("acks", "1", "enable.idempotence", "false",
                "security.protocol", "SASL_SSL")));

        assertThat(producer).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5)
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092");
    }

    @Test
    void the_delivery_timeout_is_the_send_timeout_and_leaves_room_for_a_request() {
        Map<String, Object> producer = KafkaClients.producer(kafka(Map.of()));

        assertThat(producer).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 6_000)
                .containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3_000);
    }

    @Test
    void the_topic_of_case_events_is_named_after_the_aggregate_type() {
        assertThat(EventRecords.topic("accidenthub", "case")).isEqualTo("accidenthub.case-events.v1");
    }

    private static EventsConfig.Kafka kafka(Map<String, String> client) {
        return new EventsConfig.Kafka() {
            @Override
            public String bootstrapServers() {
                return "broker:9092";
            }

            @Override
            public String topicPrefix() {
                return "accidenthub";
            }

            @Override
            public int partitions() {
                return 6;
            }

            @Override
            public short replicationFactor() {
                return 1;
            }

            @Override
            public Duration sendTimeout() {
                return Duration.ofSeconds(6);
            }

            @Override
            public Map<String, String> client() {
                return client;
            }
        };
    }
}
