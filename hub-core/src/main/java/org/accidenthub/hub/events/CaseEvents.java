package org.accidenthub.hub.events;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.Actor;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;

/** Makes outbox rows: the {@link CaseEvent} envelope around a payload already in single-object encoding. */
public final class CaseEvents {

    /** Debezium's aggregatetype, and the base of the Kafka topic name. */
    public static final String AGGREGATE_TYPE = "case";

    private CaseEvents() {
    }

    /**
     * @param sequence the case's next event number (gap-free; taken under the case's row lock)
     * @param payload  the event's record in single-object encoding, of schema {@code payloadSchema}
     */
    public static OutboxEvent of(UUID caseId, long sequence, CaseEventType type, Caller actor, Instant at,
            Schema payloadSchema, byte[] payload) {
        UUID eventId = UUID.randomUUID();
        CaseEvent envelope = CaseEvent.newBuilder()
                .setEventId(eventId.toString())
                .setEventType(type.name())
                .setCaseId(caseId.toString())
                .setSequence(sequence)
                .setOccurredAt(at)
                .setActor(Actor.newBuilder()
                        .setSubject(actor.subject())
                        .setClientId(actor.clientId())
                        .setOrgType(actor.orgType().name())
                        .setOrgCode(actor.orgCode())
                        .build())
                .setPayloadType(payloadSchema.getFullName())
                .setPayload(ByteBuffer.wrap(payload))
                .build();
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.aggregateType = AGGREGATE_TYPE;
        row.aggregateId = caseId.toString();
        row.type = type.name();
        row.timestamp = at;
        row.payload = CanonicalRecords.singleObject(envelope::toByteBuffer);
        row.sequence = sequence;
        return row;
    }
}
