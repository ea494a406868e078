package org.accidenthub.hub.claims;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.events.CaseEvents;
import org.accidenthub.hub.events.OutboxEvent;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Outbox rows of claim changes. A claim's events belong to its case: they take the case's next
 * sequence number, so the caller must hold the case's row lock, and the row must be persisted
 * in the transaction of the change.
 */
final class ClaimEvents {

    /** The actor of what the hub does on its own (breach detection). */
    static final Caller HUB = new Caller("accident-hub", "accident-hub", Set.of(), OrgType.OPERATOR, "HUB");

    private static final Map<String, BinaryMessageEncoder<SpecificRecordBase>> ENCODERS = new ConcurrentHashMap<>();

    private ClaimEvents() {
    }

    static OutboxEvent of(AccidentCase kase, CaseEventType type, Caller actor, Instant at, SpecificRecordBase message) {
        kase.eventSequence++;
        byte[] payload = CanonicalRecords.singleObject(() -> encoder(message).encode(message));
        return CaseEvents.of(kase.id, kase.eventSequence, type, actor, at, message.getSchema(), payload);
    }

    /** Single-object encoding with the generated class's own model (it knows decimals, dates and instants). */
    private static BinaryMessageEncoder<SpecificRecordBase> encoder(SpecificRecordBase message) {
        return ENCODERS.computeIfAbsent(message.getSchema().getFullName(),
                name -> new BinaryMessageEncoder<>(message.getSpecificData(), message.getSchema()));
    }
}
