package org.accidenthub.hub.events.relay;

import java.time.Instant;
import java.util.UUID;

/** An outbox row that the broker has not acknowledged yet. {@code payload} is the CaseEvent envelope. */
public record PendingEvent(UUID id, String aggregateType, String aggregateId, String type, long sequence,
        Instant timestamp, byte[] payload) {
}
