package org.accidenthub.hub.webhooks;

import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventCursor;

/**
 * How an event is written into a webhook's body for one kind of organisation. Today every organisation
 * gets {@link CanonicalJsonPayload}; an insurer format goes here once the insurer connector maps claim
 * events to insurer messages ({@link WebhookPayloadFormats} chooses by organisation type).
 */
public interface WebhookPayloadFormat {

    String mediaType();

    byte[] body(DecodedEvent event, EventCursor cursor);
}
