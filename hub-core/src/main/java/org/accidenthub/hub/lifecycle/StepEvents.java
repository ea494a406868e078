package org.accidenthub.hub.lifecycle;

import java.time.Instant;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.events.OutboxEvent;
import org.accidenthub.hub.security.Caller;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * The outbox row of a mediation, confirmation or trial step, carrying its canonical record. Takes
 * the case's next event number: the caller holds the case's row lock and persists the row in the
 * step's transaction.
 */
public final class StepEvents {

    private StepEvents() {
    }

    public static OutboxEvent of(AccidentCase kase, CaseEventType type, Caller actor, Instant at,
            SpecificRecordBase record) {
        return CompensationEvents.of(kase, type, actor, at, record, CompensationEvents.encode(record));
    }
}
