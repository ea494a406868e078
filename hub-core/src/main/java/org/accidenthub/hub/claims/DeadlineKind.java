package org.accidenthub.hub.claims;

/** The Insurance Law deadlines a claim runs against (domain reference §4). */
public enum DeadlineKind {
    /** Art. 23: decide on the claim within 30 days; met by the first liability answer. */
    DECISION,
    /** Art. 23: pay within 10 days of agreeing the amount (the first offer); met when settled. */
    PAYMENT,
    /** Art. 25: if the amount is not fixed within 60 days, pay the part that can be fixed; met by any payment. */
    FIXABLE_PART
}
