package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.claims.ClaimReceipts.OfferReceipt;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;

/**
 * An insurer makes an offer: the amount it agrees to pay, from a compensation calculation. The
 * latest offer is the agreed amount of Insurance Law art. 23 (until mediation sets one). Sending
 * the latest offer's terms again is a retry: it answers that offer, and changes nothing. The
 * calculation version must be one the case has (422 otherwise); both the claims API and insurer
 * messages make offers here.
 */
@ApplicationScoped
class Offering {

    private final LockedClaims claims;
    private final ClaimLifecycle lifecycle;
    private final HubTime clock;

    Offering(LockedClaims claims, ClaimLifecycle lifecycle, HubTime clock) {
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    Uni<OfferReceipt> offer(UUID claimId, OfferRequest request, Caller caller) {
        RequestChecks.requireBody(request);
        OfferTerms terms = request.validated();
        Instant now = clock.now();
        return claims.change(claimId, ClaimScope.of(caller), now, (session, kase, claim) -> ClaimLookups
                .latestOffer(session, claim.id)
                .chain(latest -> {
                    if (terms.sameAs(latest)) {
                        return Uni.createFrom().item(receipt(claim, latest));
                    }
                    return ClaimLookups.calculationExists(session, kase.id, terms.calculationVersion())
                            .chain(exists -> {
                                if (!exists) {
                                    throw unknownCalculation(kase.id, terms.calculationVersion());
                                }
                                Offer offer = lifecycle.offer(claim, terms, latest, caller, now);
                                return session.persistAll(offer, ClaimEvents.of(kase, CaseEventType.CLAIM_OFFERED,
                                        caller, now, ClaimMessages.offer(claim, offer)))
                                        .replaceWith(() -> receipt(claim, offer));
                            });
                }));
    }

    /**
     * An offer names the calculation its amount comes from, so that every party can see how the amount
     * was reached (domain reference §6: the calculator explains every line); a version the case does
     * not have would point at nothing.
     */
    private static ProblemException unknownCalculation(UUID caseId, int version) {
        return ProblemException.invalid(List.of(new Problem("/calculationVersion", "UNKNOWN_CALCULATION_VERSION",
                "the case has no compensation calculation version " + version + "; calculate with POST "
                        + "/api/v1/cases/" + caseId + "/compensation first")), List.of());
    }

    private static OfferReceipt receipt(Claim claim, Offer offer) {
        return new OfferReceipt(claim.id, claim.state, ClaimViews.offer(offer));
    }
}
