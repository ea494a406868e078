package org.accidenthub.hub.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.schemas.v1.CaseEvent;

/**
 * A case event as partners read it over HTTP (the pull feed's items, the body of a webhook): the
 * envelope's fields and the payload record as canonical JSON. {@code cursor} names the event's place
 * in the feed, so a partner can resume the feed, or replay webhooks, right after it.
 */
public record EventItem(String eventId, String eventType, String caseId, long sequence, Instant occurredAt,
        String payloadType, JsonNode payload, String cursor) {

    public static EventItem of(DecodedEvent event, EventCursor cursor) {
        CaseEvent envelope = event.envelope();
        return new EventItem(envelope.getEventId(), envelope.getEventType(), envelope.getCaseId(),
                envelope.getSequence(), envelope.getOccurredAt(), envelope.getPayloadType(),
                CanonicalJson.of(event.payload()), cursor.encode());
    }
}
