package org.accidenthub.hub.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A claim as its insurer (or the police unit of its case) reads it: the victim and covers, what
 * the insurer answered, offered and paid, where each deadline stands, and the case's key facts.
 * Money as decimal strings with two places.
 *
 * @param agreedAmount the latest offer's amount, or null before the first offer
 * @param overdue      a deadline breach is recorded and still open
 */
public record ClaimView(UUID claimId, UUID caseId, String insurerCode, ClaimState state, Instant openedAt,
        Instant updatedAt, VictimView victim, List<CoverView> covers, LiabilityView liability, List<OfferView> offers,
        List<PaymentView> payments, String agreedAmount, String paidTotal, boolean overdue,
        List<DeadlineView> deadlines, CaseFacts caseFacts) {

    /** @param losses PERSONAL_INJURY and/or PROPERTY (of {@code damagedVehicleRef}) */
    public record VictimView(String ref, String name, String role, String injury, List<String> losses,
            String damagedVehicleRef) {
    }

    /** @param verification the insurer's latest statement about the policy, or null */
    public record CoverView(String policyKind, String policyNumber, String vehicleRef, String plate,
            String coverLimit, VerificationView verification) {
    }

    public record VerificationView(String policyNumber, VerificationResult result, String note, Instant verifiedAt) {
    }

    public record LiabilityView(LiabilityAnswer answer, String reason, Integer negligencePercent,
            Instant answeredAt) {
    }

    public record OfferView(int number, int calculationVersion, String amount, String note, Instant offeredAt) {
    }

    /** @param paidTotalAfter what had been paid in all after this payment; {@code stateAfter} likewise */
    public record PaymentView(String reference, String amount, LocalDate paidOn, Instant recordedAt,
            String paidTotalAfter, ClaimState stateAfter) {
    }

    /**
     * @param metAt            when the deadline was met, or null
     * @param breached         it passed unmet (status BREACHED or MET_LATE)
     * @param breachRecordedAt when the hub recorded the breach, or null
     */
    public record DeadlineView(DeadlineKind kind, Instant dueAt, Instant metAt, DeadlineStatus status,
            boolean breached, Instant breachRecordedAt) {
    }

    /** What the claim is about, from the case's current revision (no identity numbers or phones). */
    public record CaseFacts(String unitCode, String reportNumber, Instant occurredAt, String findingKind,
            String findingDocumentNumber, List<PartyFact> parties, List<VehicleFact> vehicles) {
    }

    public record PartyFact(String ref, String role, String name, String vehicleRef, String responsibility,
            Integer responsibilityShare, String injury) {
    }

    public record VehicleFact(String ref, String plate, String category, boolean motorVehicle, String damage) {
    }
}
