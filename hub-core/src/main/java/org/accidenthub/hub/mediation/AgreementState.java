package org.accidenthub.hub.mediation;

public enum AgreementState {
    /** Open for signatures. */
    DRAFT,
    /** Every party signed: the agreement binds them (People's Mediation Law art. 31). */
    EFFECTIVE,
    /** Redrafted before every party signed. */
    SUPERSEDED
}
