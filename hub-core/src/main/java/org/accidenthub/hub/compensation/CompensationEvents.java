package org.accidenthub.hub.compensation;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.events.CaseEvents;
import org.accidenthub.hub.events.OutboxEvent;
import org.accidenthub.hub.security.Caller;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Canonical compensation records and their outbox rows. The rows belong to the case: they take its
 * next gap-free sequence number, so the caller must hold the case's row lock ({@link LockedCase})
 * and persist the row in the transaction of the change.
 */
public final class CompensationEvents {

    private static final Map<String, BinaryMessageEncoder<SpecificRecordBase>> ENCODERS = new ConcurrentHashMap<>();

    private CompensationEvents() {
    }

    /** The record in Avro single-object encoding, with the generated class's own model (decimals, dates, instants). */
    public static byte[] encode(SpecificRecordBase record) {
        BinaryMessageEncoder<SpecificRecordBase> encoder = ENCODERS.computeIfAbsent(record.getSchema().getFullName(),
                name -> new BinaryMessageEncoder<>(record.getSpecificData(), record.getSchema()));
        return CanonicalRecords.singleObject(() -> encoder.encode(record));
    }

    /** The outbox row carrying {@code encoded} (the single-object bytes of {@code record}). */
    public static OutboxEvent of(AccidentCase kase, CaseEventType type, Caller actor, Instant at,
            SpecificRecordBase record, byte[] encoded) {
        kase.eventSequence++;
        return CaseEvents.of(kase.id, kase.eventSequence, type, actor, at, record.getSchema(), encoded);
    }
}
