package org.accidenthub.hub.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.accidenthub.hub.security.OrgType;

/**
 * The payload format per organisation type: the partner's own format through its connector where one
 * exists, canonical JSON otherwise. No connector maps events outbound yet, so all get canonical JSON.
 */
@ApplicationScoped
class WebhookPayloadFormats {

    private final CanonicalJsonPayload canonical;

    WebhookPayloadFormats(CanonicalJsonPayload canonical) {
        this.canonical = canonical;
    }

    WebhookPayloadFormat of(OrgType orgType) {
        return canonical;
    }
}
