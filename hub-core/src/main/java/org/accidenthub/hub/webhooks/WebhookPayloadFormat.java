package org.accidenthub.hub.webhooks;

import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventCursor;

/**
 * How an event is written into a webhook's body for one kind of organisation: {@link CanonicalJsonPayload}
 * or, for insurers, {@link InsurerMessagePayload} ({@link WebhookPayloadFormats} chooses by organisation type).
 */
public interface WebhookPayloadFormat {

    String mediaType();

    byte[] body(DecodedEvent event, EventCursor cursor);
}
