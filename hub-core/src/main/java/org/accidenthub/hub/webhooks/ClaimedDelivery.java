package org.accidenthub.hub.webhooks;

import java.util.UUID;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.security.OrgType;

/** A delivery taken for one attempt, with what the attempt needs: the target, the key and the event. */
record ClaimedDelivery(UUID id, int attempt, String url, String secret, OrgType orgType, byte[] envelope,
        EventCursor cursor) {
}
