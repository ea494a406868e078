package org.accidenthub.hub.mediation;

/** Where one mediation stands; the case's own state follows it (MEDIATING, AGREED, MEDIATION_FAILED). */
public enum MediationState {
    OPEN,
    /** An agreement took effect. */
    AGREED,
    /** Ended without agreement, with a reason (People's Mediation Law art. 26). */
    FAILED
}
