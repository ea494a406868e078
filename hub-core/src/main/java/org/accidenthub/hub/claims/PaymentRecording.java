package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.claims.ClaimReceipts.PaymentReceipt;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.security.Caller;

/**
 * An insurer confirms a payment. Its reference identifies it within the claim: the same reference
 * with the same amount and date is a retry and answers as the first call did; with other values
 * it is refused (409). Payments reaching the agreed amount settle the claim.
 */
@ApplicationScoped
class PaymentRecording {

    private final LockedClaims claims;
    private final ClaimLifecycle lifecycle;
    private final HubTime clock;

    PaymentRecording(LockedClaims claims, ClaimLifecycle lifecycle, HubTime clock) {
        this.claims = claims;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    Uni<PaymentReceipt> pay(UUID claimId, PaymentRequest request, Caller caller) {
        RequestChecks.requireBody(request);
        PaymentTerms terms = request.validated(clock.today());
        Instant now = clock.now();
        return claims.change(claimId, ClaimScope.of(caller), now, (session, kase, claim) -> ClaimLookups
                .paymentByReference(session, claim.id, terms.reference())
                .chain(earlier -> {
                    if (earlier != null) {
                        return Uni.createFrom().item(retried(claim, earlier, terms));
                    }
                    return ClaimLookups.latestOffer(session, claim.id).chain(agreed -> {
                        Payment payment = lifecycle.pay(claim, terms, agreed == null ? null : agreed.amount, caller,
                                now);
                        List<Object> rows = new ArrayList<>(List.of(payment, ClaimEvents.of(kase,
                                CaseEventType.CLAIM_PAYMENT_RECORDED, caller, now,
                                ClaimMessages.payment(claim, payment))));
                        if (claim.state == ClaimState.SETTLED) {
                            rows.add(ClaimEvents.of(kase, CaseEventType.CLAIM_SETTLED, caller, now,
                                    ClaimMessages.settled(claim)));
                        }
                        return session.persistAll(rows.toArray())
                                // the last claim a confirmed ruling fixed settles the case (lifecycle)
                                .chain(() -> claim.state == ClaimState.SETTLED
                                        ? CaseSettlement.check(session, kase, caller, now)
                                        : Uni.createFrom().voidItem())
                                .replaceWith(() -> receipt(claim, payment));
                    });
                }));
    }

    private static PaymentReceipt retried(Claim claim, Payment earlier, PaymentTerms terms) {
        if (!terms.sameAs(earlier)) {
            throw ClaimConflicts.of("reference " + earlier.reference + " was already used for a payment of "
                    + Money.format(earlier.amount) + " on " + earlier.paidOn + "; use a new reference");
        }
        return receipt(claim, earlier);
    }

    private static PaymentReceipt receipt(Claim claim, Payment payment) {
        return new PaymentReceipt(claim.id, payment.stateAfter, Money.format(payment.paidTotalAfter),
                ClaimViews.payment(payment));
    }
}
