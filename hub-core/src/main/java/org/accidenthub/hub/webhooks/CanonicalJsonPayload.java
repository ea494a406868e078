package org.accidenthub.hub.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.events.EventItem;

/** The body as the pull feed shows an item: the envelope's fields and the payload as canonical JSON. */
@ApplicationScoped
class CanonicalJsonPayload implements WebhookPayloadFormat {

    private final ObjectMapper json;

    CanonicalJsonPayload(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public byte[] body(DecodedEvent event, EventCursor cursor) {
        try {
            return json.writeValueAsBytes(EventItem.of(event, cursor));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("an event item is always serialisable", impossible);
        }
    }
}
