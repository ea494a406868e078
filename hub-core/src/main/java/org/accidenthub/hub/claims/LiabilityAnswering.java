package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.claims.ClaimReceipts.LiabilityReceipt;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.security.Caller;

/**
 * An insurer answers on liability (Insurance Law art. 23: its decision on the claim). Sending
 * the answer the claim already holds is a retry: it answers the same, and changes nothing.
 */
@ApplicationScoped
class LiabilityAnswering {

    private final LockedClaims claims;
    private final ClaimLifecycle lifecycle;
    private final HubTime clock;

    LiabilityAnswering(LockedClaims claims, ClaimLifecycle lifecycle, HubTime clock) {
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    Uni<LiabilityReceipt> answer(UUID claimId, LiabilityRequest request, Caller caller) {
        RequestChecks.requireBody(request);
        Liability liability = request.validated();
        Instant now = clock.now();
        return claims.change(claimId, ClaimScope.of(caller), now, (session, kase, claim) -> {
            if (liability.isHeldBy(claim)) {
                return Uni.createFrom().item(receipt(claim));
            }
            lifecycle.answer(claim, liability, now);
            return session.persist(ClaimEvents.of(kase, CaseEventType.CLAIM_LIABILITY_ANSWERED, caller, now,
                    ClaimMessages.liability(claim))).replaceWith(() -> receipt(claim));
        });
    }

    private static LiabilityReceipt receipt(Claim claim) {
        return new LiabilityReceipt(claim.id, claim.state, ClaimViews.liability(claim));
    }
}
