package org.accidenthub.hub.confirmation;

/** Where a joint application for judicial confirmation stands. */
public enum ApplicationState {
    /** Some parties applied; the court receives it when all have. */
    AWAITING_PARTIES,
    /** Filed with the court and assigned to a judge: acceptance due in 3 days. */
    FILED,
    /** Accepted: the ruling is due in 15 days (once extendable by 10). */
    ACCEPTED,
    /** The court did not accept it. Terminal. */
    NOT_ACCEPTED,
    /** Ruled: the agreement is confirmed and enforceable. Terminal. */
    CONFIRMED,
    /** Ruled: confirmation rejected (CPL art. 206: change the agreement by mediation, or sue). Terminal. */
    REJECTED
}
