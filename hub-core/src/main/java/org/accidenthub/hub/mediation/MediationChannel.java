package org.accidenthub.hub.mediation;

/** How a case came to mediation: decided by who asked, never by what the request says. */
public enum MediationChannel {
    /** The traffic police unit that owns the case referred it (Road Traffic Safety Law art. 74). */
    POLICE_REFERRAL,
    /** A court referred it (委派调解) — a judge of a court that holds the case. */
    COURT_REFERRAL,
    /** A party of the case asked for it. */
    PARTY_REQUEST
}
