package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.claims.ClaimReceipts.VerificationReceipt;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;

/**
 * An insurer states what it found about one of the claim's covers. Allowed in every state (it
 * changes no state); every statement is kept, the latest per policy counts. Repeating the
 * policy's latest statement is a retry: it answers that one, and changes nothing.
 */
@ApplicationScoped
class PolicyVerifying {

    private final LockedClaims claims;
    private final HubTime clock;

    PolicyVerifying(LockedClaims claims, HubTime clock) {
        this.claims = claims;
        this.clock = clock;
    }

    Uni<VerificationReceipt> verify(UUID claimId, PolicyVerificationRequest request, Caller caller) {
        RequestChecks.requireBody(request);
        VerificationTerms terms = request.validated();
        Instant now = clock.now();
        return claims.change(claimId, ClaimScope.of(caller), now, (session, kase, claim) -> ClaimLookups
                .cover(session, claim.id, terms.policyNumber())
                .chain(cover -> {
                    if (cover == null) {
                        throw ProblemException.invalid(List.of(new Problem("/policyNumber", "NOT_A_COVER",
                                "policy " + terms.policyNumber() + " is not among the claim's covers")), List.of());
                    }
                    return ClaimLookups.latestVerification(session, claim.id, terms.policyNumber());
                })
                .chain(latest -> {
                    if (terms.sameAs(latest)) {
                        return Uni.createFrom().item(receipt(claim, latest));
                    }
                    CoverVerification verification = verification(claim, terms, caller, now);
                    return session.persistAll(verification, ClaimEvents.of(kase, CaseEventType.CLAIM_POLICY_VERIFIED,
                            caller, now, ClaimMessages.verification(claim, verification)))
                            .replaceWith(() -> receipt(claim, verification));
                }));
    }

    private static CoverVerification verification(Claim claim, VerificationTerms terms, Caller caller, Instant now) {
        CoverVerification verification = new CoverVerification();
        verification.id = UUID.randomUUID();
        verification.claimId = claim.id;
        verification.policyNumber = terms.policyNumber();
        verification.result = terms.result();
        verification.note = terms.note();
        verification.verifiedAt = now;
        verification.verifiedBy = caller.subject();
        return verification;
    }

    private static VerificationReceipt receipt(Claim claim, CoverVerification verification) {
        return new VerificationReceipt(claim.id, claim.state, ClaimViews.verification(verification));
    }
}
