package org.accidenthub.hub.events;

/** What happened to a case. Each lifecycle step has a type; later journeys add theirs here. */
public enum CaseEventType {
    /** A police file opened the case; payload: the AccidentRecord. */
    ACCIDENT_RECEIVED,
    /** A changed file made a new revision; payload: the AccidentRecord of that revision. */
    ACCIDENT_REVISED,

    // --- claims (docs/CLAIMS.md); payloads are the claim messages of claims.avdl
    /** A claim was opened and its insurer notified; payload: ClaimNotification. */
    CLAIM_OPENED,
    /** A later revision named more policies of the claim's insurer; payload: ClaimNotification with all covers. */
    CLAIM_COVERS_ADDED,
    /** The insurer stated what it found about one of the claim's policies; payload: PolicyVerification. */
    CLAIM_POLICY_VERIFIED,
    /** The insurer answered on liability; payload: LiabilityResponse. */
    CLAIM_LIABILITY_ANSWERED,
    /** The insurer agreed to an amount; payload: ClaimOffer. */
    CLAIM_OFFERED,
    /** The insurer confirmed a payment; payload: PaymentConfirmation. */
    CLAIM_PAYMENT_RECORDED,
    /** Payments reached the agreed amount; payload: ClaimStateChange. */
    CLAIM_SETTLED,
    /** An Insurance Law deadline passed unmet; payload: ClaimStateChange. */
    CLAIM_DEADLINE_BREACHED,

    // --- compensation (docs/COMPENSATION.md); payloads are the records of compensation.avdl
    /** A mediator, judge or insurer entered a new version of a victim's loss assessment; payload: VictimLossAssessment. */
    LOSS_ASSESSMENT_RECORDED,
    /** A compensation calculation of the case was kept as a new version; payload: CompensationCalculation. */
    COMPENSATION_CALCULATED
}
