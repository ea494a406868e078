package org.accidenthub.compensation.calculation;

/** Who bears a line, in the order the law calls on them (Civil Code art. 1213). */
public enum PayerKind {
    /** A vehicle's compulsory insurer (交强险), within its sub-limits, regardless of fault. */
    COMPULSORY_INSURER,
    /** A party's commercial third-party insurer (商业三者险), for that party's share, up to its limit. */
    COMMERCIAL_INSURER,
    /** The party itself: no or not enough insurance, or an uninsured vehicle's compulsory part. */
    SELF_PAY,
    /** Not paid by anyone: the victim's own share of the fault, which the victim bears. */
    VICTIM_OWN_SHARE
}
