package org.accidenthub.hub.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;

/** Delivery of case events: the relay to Kafka, the pull feed, the lag metrics (docs/EVENTS.md). */
@ConfigMapping(prefix = "hub.events")
public interface EventsConfig {

    /**
     * Where the relay publishes: {@code kafka}; tests use {@code in-memory}. The bean of that name is
     * looked up at start ({@code @LookupIfProperty}).
     */
    @WithDefault("kafka")
    String publisher();

    Relay relay();

    Kafka kafka();

    Feed feed();

    /** How often the lag metrics are sampled from the database. */
    @WithDefault("2s")
    Duration lagSampleInterval();

    interface Relay {

        /** Whether this instance runs a relay at all. Several may: one per database is active at a time. */
        @WithDefault("true")
        boolean enabled();

        /** Events published per round at most (one per case, see {@code OutboxRelay}). */
        @WithDefault("500")
        int batchSize();

        /** How long the relay waits for new rows when the outbox is drained. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** How long it waits after the broker or the database failed, before it tries again. */
        @WithDefault("2s")
        Duration retryBackoff();

        /** How often a relay that is not the active one checks whether it may take over. */
        @WithDefault("5s")
        Duration standbyInterval();
    }

    interface Kafka {

        /** Bootstrap servers of the cluster (env {@code HUB_KAFKA_BOOTSTRAP}). */
        @WithDefault("127.0.0.1:9092")
        String bootstrapServers();

        /** First part of every topic name: {@code <prefix>.<aggregatetype>-events.v1}. */
        @WithDefault("accidenthub")
        String topicPrefix();

        /**
         * Partitions of a topic the relay creates. An existing topic is left as it is: adding partitions
         * later moves cases to other partitions and breaks their order while old events are consumed.
         */
        @WithDefault("6")
        int partitions();

        /** Replicas of a topic the relay creates (3 on a production cluster, 1 on the local broker). */
        @WithDefault("1")
        short replicationFactor();

        /** How long a publication may take before the round counts as failed (the producer's delivery timeout). */
        @WithDefault("30s")
        Duration sendTimeout();

        /**
         * Further producer and admin client properties, e.g. {@code security.protocol}, {@code sasl.*},
         * {@code ssl.*}. {@code acks=all} and {@code enable.idempotence=true} cannot be overridden.
         */
        Map<String, String> client();
    }

    interface Feed {

        /** Events one feed request looks at, at most, before it answers (see EventFeed). */
        @WithDefault("5000")
        int scanLimit();

        /** How often a long-polling request looks for new events. */
        @WithDefault("500ms")
        Duration pollInterval();
    }
}
