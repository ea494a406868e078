package org.accidenthub.hub.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import org.accidenthub.hub.security.OrgType;

/**
 * The payload format per organisation type: the partner's own format through its connector where one
 * exists (insurers: insurer claim messages), canonical JSON otherwise.
 */
@ApplicationScoped
class WebhookPayloadFormats {

    private final CanonicalJsonPayload canonical;
    private final InsurerMessagePayload insurer;

    WebhookPayloadFormats(CanonicalJsonPayload canonical, InsurerMessagePayload insurer) {
        this.canonical = canonical;
        this.insurer = insurer;
    }

    WebhookPayloadFormat of(OrgType orgType) {
        return orgType == OrgType.INSURER ? insurer : canonical;
    }
}
