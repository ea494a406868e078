package org.accidenthub.hub.claims;

/** Where a deadline stands at the clock's now. */
public enum DeadlineStatus {
    /** Not yet due and not yet met. */
    PENDING,
    MET,
    /** Met, but after it was due. */
    MET_LATE,
    /** Due, and still not met. */
    BREACHED,
    /** Does not run: no payment is due without an offer, and none after liability was denied. */
    NOT_APPLICABLE
}
