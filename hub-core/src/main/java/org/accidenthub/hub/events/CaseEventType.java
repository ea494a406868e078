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
    COMPENSATION_CALCULATED,

    // --- mediation (docs/MEDIATION-AND-CONFIRMATION.md); payloads are the records of mediation.avdl
    /** The case was assigned to a mediation organisation; payload: MediationAssignment. */
    MEDIATION_ASSIGNED,
    /** The mediator recorded a session; payload: MediationSession. */
    MEDIATION_SESSION_RECORDED,
    /** The mediator drafted an agreement (superseding an unsigned one); payload: MediationAgreement. */
    MEDIATION_AGREEMENT_DRAFTED,
    /** A party signed the agreement, or the mediator recorded an in-person signature; payload: MediationAgreement. */
    MEDIATION_AGREEMENT_SIGNED,
    /** Every party signed: the agreement took effect; payload: MediationAgreement with effectiveAt. */
    MEDIATION_AGREEMENT_EFFECTIVE,
    /** The mediation ended without agreement; payload: MediationFailure. */
    MEDIATION_FAILED,

    // --- judicial confirmation; payloads are the records of adjudication.avdl
    /** Every party applied: the joint application was filed with the court; payload: ConfirmationApplication. */
    CONFIRMATION_REQUESTED,
    /** The assigned judge accepted the application or refused it; payload: ConfirmationAcceptance. */
    CONFIRMATION_ACCEPTANCE_DECIDED,
    /** The ruling deadline was extended once; payload: ConfirmationAcceptance with the new rulingDueAt and the reason. */
    CONFIRMATION_RULING_EXTENDED,
    /** The court confirmed or rejected the agreement; payload: ConfirmationRuling. */
    CONFIRMATION_RULED,
    /** A confirmed ruling or a judgment fixed the amount an insurer owes on a claim; payload: ClaimOffer (that amount). */
    CLAIM_PAYMENT_DUE,

    // --- speed trial; payloads are the records of adjudication.avdl
    /** A party filed the case for a speed trial; payload: SpeedTrialFiling (the filing package). */
    SPEED_TRIAL_FILED,
    /** The judge recorded the judgment; payload: SpeedTrialJudgment. */
    SPEED_TRIAL_JUDGED,

    // --- arbitration (docs/formats/arbitration-messages.md); payloads are the records of adjudication.avdl
    /** A party referred the case to an arbitration commission; payload: ArbitrationReferral (parties, case file). */
    ARBITRATION_REFERRED,
    /** The commission's award was received; payload: ArbitrationAward (who pays whom how much). */
    ARBITRATION_AWARDED
}
