package org.accidenthub.hub.events;

import java.util.function.Supplier;
import org.accidenthub.hub.security.OrgType;

/**
 * Which events of a case in its scope an organisation receives over HTTP (feed, webhooks). The case's
 * scope ({@code CaseScope}) decides first; within a case, a claim message names the insurer it is
 * addressed to ({@code insurerCode}), and another insurer of the same case does not receive it — the
 * rule the claims API applies to claims (an insurer sees only the claims addressed to it; police see
 * the claims of their unit's cases).
 */
public final class EventAudience {

    private static final String INSURER_FIELD = "insurerCode";

    private EventAudience() {
    }

    public static boolean admits(OrgType orgType, String orgCode, DecodedEvent event) {
        return admits(orgType, orgCode, () -> event);
    }

    /** As above; the event is decoded only when the rule needs its payload. */
    public static boolean admits(OrgType orgType, String orgCode, Supplier<DecodedEvent> event) {
        if (orgType != OrgType.INSURER) {
            return true;
        }
        return event.get().payloadField(INSURER_FIELD).map(orgCode::equals).orElse(true);
    }
}
