package org.accidenthub.hub.claims;

import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.schemas.v1.ClaimChange;
import org.accidenthub.schemas.v1.ClaimCover;
import org.accidenthub.schemas.v1.ClaimDeadlineKind;
import org.accidenthub.schemas.v1.ClaimLoss;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.accidenthub.schemas.v1.ClaimVictim;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.accidenthub.schemas.v1.PolicyKind;
import org.accidenthub.schemas.v1.PolicyVerification;
import org.accidenthub.schemas.v1.PolicyVerificationResult;

/**
 * A claim's canonical messages (schemas: claims.avdl), the payloads of its case events. Each
 * message gets a new messageId. Enum values map by name: the hub's enums are the canonical
 * ones without their UNKNOWN/OTHER default.
 */
final class ClaimMessages {

    private ClaimMessages() {
    }

    static ClaimNotification notification(AccidentCase kase, Claim claim, List<Cover> covers) {
        return ClaimNotification.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setCaseId(kase.id.toString())
                .setUnitCode(kase.unitCode)
                .setReportNumber(kase.reportNumber)
                .setOccurredAt(kase.occurredAt)
                .setFindingKind(FindingKind.valueOf(kase.findingKind))
                .setFindingDocumentNumber(kase.findingDocumentNumber)
                .setInsurerCode(claim.insurerCode)
                .setVictim(victim(claim))
                .setCovers(covers.stream().map(ClaimMessages::cover).toList())
                .setOpenedAt(claim.openedAt)
                .setDecisionDueAt(claim.decisionDueAt)
                .setFixablePartDueAt(claim.fixablePartDueAt)
                .build();
    }

    static LiabilityResponse liability(Claim claim) {
        return LiabilityResponse.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setInsurerCode(claim.insurerCode)
                .setAnswer(org.accidenthub.schemas.v1.LiabilityAnswer.valueOf(claim.liabilityAnswer.name()))
                .setReason(claim.liabilityReason)
                .setNegligencePercent(claim.negligencePercent)
                .setAnsweredAt(claim.liabilityAnsweredAt)
                .setClaimState(state(claim))
                .build();
    }

    static org.accidenthub.schemas.v1.ClaimOffer offer(Claim claim, Offer offer) {
        return org.accidenthub.schemas.v1.ClaimOffer.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setInsurerCode(claim.insurerCode)
                .setOfferNumber(offer.number)
                .setCalculationVersion(offer.calculationVersion)
                .setAmount(offer.amount)
                .setNote(offer.note)
                .setOfferedAt(offer.offeredAt)
                .setPaymentDueAt(claim.paymentDueAt)
                .setClaimState(state(claim))
                .build();
    }

    static PaymentConfirmation payment(Claim claim, Payment payment) {
        return PaymentConfirmation.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setInsurerCode(claim.insurerCode)
                .setAmount(payment.amount)
                .setPaidOn(payment.paidOn)
                .setReference(payment.reference)
                .setRecordedAt(payment.recordedAt)
                .setPaidTotal(payment.paidTotalAfter)
                .setClaimState(org.accidenthub.schemas.v1.ClaimState.valueOf(payment.stateAfter.name()))
                .build();
    }

    static PolicyVerification verification(Claim claim, CoverVerification verification) {
        return PolicyVerification.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setInsurerCode(claim.insurerCode)
                .setPolicyNumber(verification.policyNumber)
                .setOutcome(PolicyVerificationResult.valueOf(verification.result.name()))
                .setNote(verification.note)
                .setVerifiedAt(verification.verifiedAt)
                .build();
    }

    static ClaimStateChange settled(Claim claim) {
        return stateChange(claim, ClaimChange.SETTLED).setAt(claim.settledAt).build();
    }

    static ClaimStateChange breached(Claim claim, DeadlineBreach breach) {
        return stateChange(claim, ClaimChange.DEADLINE_BREACHED)
                .setDeadline(ClaimDeadlineKind.valueOf(breach.kind.name()))
                .setDueAt(breach.dueAt)
                .setAt(breach.detectedAt)
                .build();
    }

    private static ClaimStateChange.Builder stateChange(Claim claim, ClaimChange change) {
        return ClaimStateChange.newBuilder()
                .setMessageId(messageId())
                .setClaimId(claim.id.toString())
                .setInsurerCode(claim.insurerCode)
                .setChange(change)
                .setClaimState(state(claim));
    }

    private static ClaimVictim victim(Claim claim) {
        List<ClaimLoss> losses = ClaimViews.losses(claim).stream().map(ClaimLoss::valueOf).toList();
        return ClaimVictim.newBuilder()
                .setRef(claim.victimRef)
                .setName(claim.victimName)
                .setRole(PartyRole.valueOf(claim.victimRole))
                .setInjury(InjuryDegree.valueOf(claim.victimInjury))
                .setLosses(losses)
                .setDamagedVehicleRef(claim.damagedVehicleRef)
                .build();
    }

    private static ClaimCover cover(Cover cover) {
        return ClaimCover.newBuilder()
                .setPolicyKind(PolicyKind.valueOf(cover.policyKind))
                .setPolicyNumber(cover.policyNumber)
                .setVehicleRef(cover.vehicleRef)
                .setPlate(cover.plate)
                .setCoverLimit(cover.coverLimit)
                .build();
    }

    private static org.accidenthub.schemas.v1.ClaimState state(Claim claim) {
        return org.accidenthub.schemas.v1.ClaimState.valueOf(claim.state.name());
    }

    private static String messageId() {
        return UUID.randomUUID().toString();
    }
}
