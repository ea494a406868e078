package org.accidenthub.hub.cases;

/**
 * Where a case stands in the joint process (domain reference §3). Police intake reaches the first
 * three; every later state is entered only through {@code lifecycle.CaseLifecycle}, which guards
 * and records each transition ({@code lifecycle.CaseTransitions} is the table of what may follow
 * what).
 */
public enum CaseState {
    /** The police file was received. */
    REPORTED,
    /** A liability finding (认定书) or an accident certificate (事故证明) was issued. */
    LIABILITY_DETERMINED,
    /** Claims were notified to insurers. */
    CLAIMS_OPEN,
    /** A mediation organisation was assigned the case. */
    MEDIATING,
    /**
     * The mediation ended without an agreement (People's Mediation Law art. 26: the mediator ends a
     * mediation that cannot succeed). Not in the domain reference's list: without it a failed
     * mediation could not be told from one never tried, and a speed-trial filing needs that.
     */
    MEDIATION_FAILED,
    /** Every party signed the agreement: it took effect (People's Mediation Law art. 29). */
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
    CLOSED;

    /** States police intake may still set when a revision arrives; from MEDIATING on, only the lifecycle moves a case. */
    public boolean intakePhase() {
        return this == REPORTED || this == LIABILITY_DETERMINED || this == CLAIMS_OPEN;
    }
}
