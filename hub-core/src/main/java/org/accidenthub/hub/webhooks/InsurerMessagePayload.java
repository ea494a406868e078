package org.accidenthub.hub.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.accidenthub.connectors.insurer.InsurerMessageWriter;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventCursor;

/**
 * What an insurer's webhook receives: a claim event as the insurer's own message
 * (docs/formats/insurer-claim-messages.md, written by the insurer connector), any other event of its
 * cases (accident, assessment, calculation) as canonical JSON like every other partner gets it. The
 * envelope's facts (event id, type, case, sequence) travel in the X-AccidentHub-* headers either way.
 */
@ApplicationScoped
class InsurerMessagePayload implements WebhookPayloadFormat {

    private final InsurerMessageWriter writer = new InsurerMessageWriter();
    private final CanonicalJsonPayload canonical;

    InsurerMessagePayload(CanonicalJsonPayload canonical) {
        this.canonical = canonical;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public byte[] body(DecodedEvent event, EventCursor cursor) {
        return writer.writes(event.payload()) ? writer.write(event.payload()) : canonical.body(event, cursor);
    }
}
