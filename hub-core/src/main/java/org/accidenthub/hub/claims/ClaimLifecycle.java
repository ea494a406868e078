package org.accidenthub.hub.claims;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.security.Caller;

/**
 * The guarded transitions of a claim (docs/CLAIMS.md, "States"). A transition the state does not
 * allow is refused with 409; the caller holds the case's row lock and writes the event.
 */
@ApplicationScoped
class ClaimLifecycle {

    private final ClaimDeadlinesConfig deadlines;

    ClaimLifecycle(ClaimDeadlinesConfig deadlines) {
        this.deadlines = deadlines;
    }

    /** A new claim: the insurer is notified now, and the Insurance Law deadlines start running. */
    Claim open(Entitlement entitlement, UUID caseId, Instant at) {
        Claim claim = new Claim();
        claim.id = UUID.randomUUID();
        claim.caseId = caseId;
        claim.insurerCode = entitlement.insurerCode();
        claim.victimRef = entitlement.victim().ref;
        claim.victimName = entitlement.victim().name;
        claim.victimRole = entitlement.victim().role;
        claim.victimInjury = entitlement.victim().injury;
        claim.personalInjury = entitlement.personalInjury();
        claim.damagedVehicleRef = entitlement.damagedVehicle() == null ? null : entitlement.damagedVehicle().ref;
        claim.state = ClaimState.NOTIFIED;
        claim.openedAt = at;
        claim.updatedAt = at;
        claim.decisionDueAt = at.plus(deadlines.decision());
        claim.fixablePartDueAt = at.plus(deadlines.fixablePart());
        claim.paidTotal = Money.ZERO;
        return claim;
    }

    void answer(Claim claim, Liability liability, Instant at) {
        if (!claim.state.acceptsLiabilityAnswer()) {
            throw ClaimConflicts.illegal(claim, "liability can be answered", "only until the first offer");
        }
        claim.state = liability.answer().state();
        claim.liabilityAnswer = liability.answer();
        claim.liabilityReason = liability.reason();
        claim.negligencePercent = liability.negligencePercent();
        claim.liabilityAnsweredAt = at;
        if (claim.decidedAt == null) {
            claim.decidedAt = at; // art. 23: the first decision meets the deadline; a change of mind does not move it
        }
        claim.updatedAt = at;
    }

    /** @param previous the latest offer so far, or null */
    Offer offer(Claim claim, OfferTerms terms, Offer previous, Caller by, Instant at) {
        if (!claim.state.acceptsOffer()) {
            throw ClaimConflicts.illegal(claim, "an offer needs liability admitted", "and the claim not settled");
        }
        if (terms.amount().compareTo(claim.paidTotal) <= 0) {
            throw ClaimConflicts.of("an offer must be above the " + Money.format(claim.paidTotal) + " already paid");
        }
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.claimId = claim.id;
        offer.number = previous == null ? 1 : previous.number + 1;
        offer.calculationVersion = terms.calculationVersion();
        offer.amount = terms.amount();
        offer.note = terms.note();
        offer.offeredAt = at;
        offer.offeredBy = by.subject();
        if (claim.paymentDueAt == null) {
            // art. 23: pay within 10 days of agreeing; a revised offer does not restart the clock
            claim.paymentDueAt = at.plus(deadlines.paymentAfterAgreement());
        }
        if (claim.state != ClaimState.PARTLY_PAID) {
            claim.state = ClaimState.OFFERED;
        }
        claim.updatedAt = at;
        return offer;
    }

    /** @param agreed the latest offer's amount: payments reaching it settle the claim */
    Payment pay(Claim claim, PaymentTerms terms, BigDecimal agreed, Caller by, Instant at) {
        if (!claim.state.acceptsPayment()) {
            throw ClaimConflicts.illegal(claim, "a payment needs an offer", "and the claim not settled");
        }
        claim.paidTotal = claim.paidTotal.add(terms.amount());
        if (claim.firstPaidAt == null) {
            claim.firstPaidAt = at; // art. 25: any payment meets the fixable-part deadline
        }
        boolean settled = claim.paidTotal.compareTo(agreed) >= 0;
        claim.state = settled ? ClaimState.SETTLED : ClaimState.PARTLY_PAID;
        claim.settledAt = settled ? at : null;
        claim.updatedAt = at;
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.claimId = claim.id;
        payment.amount = terms.amount();
        payment.paidOn = terms.paidOn();
        payment.reference = terms.reference();
        payment.recordedAt = at;
        payment.recordedBy = by.subject();
        payment.paidTotalAfter = claim.paidTotal;
        payment.stateAfter = claim.state;
        return payment;
    }

    /**
     * A confirmed ruling (the agreement's terms, now enforceable) or a judgment fixed what the insurer
     * owes on this claim: it becomes the agreed amount whatever the insurer answered before, and Insurance
     * Law art. 23's 10 days to pay run from the ruling unless an earlier agreement started them.
     *
     * @param previous the latest offer so far, or null
     */
    Offer fixByRuling(Claim claim, BigDecimal amount, int calculationVersion, String caseNumber, Offer previous,
            Caller judge, Instant at) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.claimId = claim.id;
        offer.number = previous == null ? 1 : previous.number + 1;
        offer.calculationVersion = calculationVersion;
        offer.amount = amount;
        offer.note = "fixed by court decision " + caseNumber;
        offer.offeredAt = at;
        offer.offeredBy = judge.subject();
        claim.amountFixedBy = caseNumber;
        if (claim.paymentDueAt == null) {
            claim.paymentDueAt = at.plus(deadlines.paymentAfterAgreement());
        }
        if (claim.paidTotal.compareTo(amount) >= 0) {
            claim.state = ClaimState.SETTLED;
            claim.settledAt = at;
        } else {
            claim.state = claim.paidTotal.signum() > 0 ? ClaimState.PARTLY_PAID : ClaimState.OFFERED;
            claim.settledAt = null;
        }
        claim.updatedAt = at;
        return offer;
    }
}
