package org.accidenthub.hub.events.relay;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.CaseEvent;

/** Turns outbox rows into {@link EventRecord}s: topic naming and headers live here, in one place. */
public final class EventRecords {

    /** Kafka header names (docs/EVENTS.md); values are UTF-8 strings. */
    public static final String EVENT_ID = "eventId";
    public static final String EVENT_TYPE = "eventType";
    public static final String SEQUENCE = "sequence";
    public static final String PAYLOAD_TYPE = "payloadType";
    /** The payload's writer-schema fingerprint as 16 hex digits ({@link CanonicalSchemas#hexFingerprint(long)}). */
    public static final String PAYLOAD_FINGERPRINT = "payloadFingerprint";

    private EventRecords() {
    }

    /** {@code accidenthub.case-events.v1} for aggregate type {@code case} and prefix {@code accidenthub}. */
    public static String topic(String prefix, String aggregateType) {
        return prefix + "." + aggregateType + "-events.v1";
    }

    public static EventRecord of(PendingEvent row, String topicPrefix) {
        CaseEvent envelope = DecodedEvent.envelope(row.payload());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(EVENT_ID, row.id().toString());
        headers.put(EVENT_TYPE, row.type());
        headers.put(SEQUENCE, Long.toString(row.sequence()));
        headers.put(PAYLOAD_TYPE, envelope.getPayloadType());
        headers.put(PAYLOAD_FINGERPRINT, CanonicalSchemas.hexFingerprint(fingerprint(envelope)));
        return new EventRecord(row.id(), topic(topicPrefix, row.aggregateType()), row.aggregateId(), row.payload(),
                headers, row.timestamp().toEpochMilli());
    }

    /** Bytes 2..9 of a single-object encoding: the writer schema's fingerprint, little-endian. */
    private static long fingerprint(CaseEvent envelope) {
        ByteBuffer payload = envelope.getPayload();
        return payload.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(payload.position() + 2);
    }
}
