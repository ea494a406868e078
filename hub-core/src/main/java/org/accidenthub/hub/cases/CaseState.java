package org.accidenthub.hub.cases;

/**
 * Where a case stands in the joint process (domain reference §3). Only the first two states
 * are reached by police intake; the others belong to the claims, mediation, confirmation,
 * arbitration and litigation journeys.
 */
public enum CaseState {
    /** The police file was received. */
    REPORTED,
    /** A liability finding (认定书) or an accident certificate (事故证明) was issued. */
    LIABILITY_DETERMINED,
    CLAIMS_OPEN,
    MEDIATING,
    AGREED,
    CONFIRMATION_REQUESTED,
    CONFIRMED,
    CONFIRMATION_REJECTED,
    ARBITRATION_REFERRED,
    AWARDED,
    LITIGATION_FILED,
    JUDGED,
    PAYING,
    SETTLED,
    CLOSED
}
