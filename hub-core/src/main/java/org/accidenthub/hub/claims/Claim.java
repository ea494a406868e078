package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A victim's claim against one liable insurer in one case (docs/CLAIMS.md). The victim is kept
 * as the revision that opened the claim described them: party rows are replaced by every revision.
 * Changed only by {@link ClaimLifecycle}, under the case's row lock.
 */
@Entity
@Table(name = "claims")
public class Claim {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "insurer_code")
    public String insurerCode;

    @Column(name = "victim_ref")
    public String victimRef;

    @Column(name = "victim_name")
    public String victimName;

    @Column(name = "victim_role")
    public String victimRole;

    @Column(name = "victim_injury")
    public String victimInjury;

    @Column(name = "personal_injury")
    public boolean personalInjury;

    /** The victim's damaged vehicle (property loss), or null. */
    @Column(name = "damaged_vehicle_ref")
    public String damagedVehicleRef;

    @Enumerated(EnumType.STRING)
    public ClaimState state;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "decision_due_at")
    public Instant decisionDueAt;

    /** The first liability answer: meets the decision deadline (a later re-answer does not move it). */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "fixable_part_due_at")
    public Instant fixablePartDueAt;

    @Column(name = "first_paid_at")
    public Instant firstPaidAt;

    /** Set by the first offer: the amount counts as agreed from then on. */
    @Column(name = "payment_due_at")
    public Instant paymentDueAt;

    @Column(name = "settled_at")
    public Instant settledAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "liability_answer")
    public LiabilityAnswer liabilityAnswer;

    @Column(name = "liability_reason")
    public String liabilityReason;

    @Column(name = "negligence_percent")
    public Integer negligencePercent;

    @Column(name = "liability_answered_at")
    public Instant liabilityAnsweredAt;

    @Column(name = "paid_total", precision = 16, scale = 2)
    public BigDecimal paidTotal;

    /** The court case number of the confirmed ruling that fixed the amount owed, or null. */
    @Column(name = "amount_fixed_by")
    public String amountFixedBy;
}
