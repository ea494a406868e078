package org.accidenthub.hub.events.relay;

import java.util.Map;
import java.util.UUID;

/**
 * What the relay publishes for one outbox row: the topic of its aggregate type, the case id as key (so
 * one case's events share a partition and keep their order), the envelope's single-object bytes as
 * value, and headers that let a consumer route or drop an event without decoding it.
 */
public record EventRecord(UUID eventId, String topic, String key, byte[] value, Map<String, String> headers,
        long timestampMillis) {
}
