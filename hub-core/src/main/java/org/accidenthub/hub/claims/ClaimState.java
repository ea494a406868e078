package org.accidenthub.hub.claims;

/**
 * Where a claim stands (docs/CLAIMS.md, "States"). The guards say which insurer action each
 * state accepts; anything else is an illegal transition (409).
 *
 * <pre>
 * NOTIFIED ──liability──▶ LIABILITY_ADMITTED | LIABILITY_ADMITTED_WITH_NEGLIGENCE | LIABILITY_DENIED
 *          (liability may be answered again until the first offer)
 * LIABILITY_ADMITTED[_WITH_NEGLIGENCE] ──offer──▶ OFFERED ──payment──▶ PARTLY_PAID ──payment──▶ SETTLED
 *                                                 (a payment reaching the agreed amount settles at once)
 * </pre>
 */
public enum ClaimState {
    /** The insurer was notified; Insurance Law art. 23: it must decide on liability. */
    NOTIFIED,
    LIABILITY_ADMITTED,
    /** Admitted, reduced by the victim's own negligence (Civil Code art. 1173). */
    LIABILITY_ADMITTED_WITH_NEGLIGENCE,
    /** Not admitted; the insurer may still answer again (e.g. after new evidence). */
    LIABILITY_DENIED,
    /** The insurer agreed to an amount (its latest offer). */
    OFFERED,
    PARTLY_PAID,
    /** Payments reached the agreed amount. Terminal. */
    SETTLED;

    /** Liability is answered, or answered again, until the first offer fixes it. */
    public boolean acceptsLiabilityAnswer() {
        return this == NOTIFIED || this == LIABILITY_ADMITTED || this == LIABILITY_ADMITTED_WITH_NEGLIGENCE
                || this == LIABILITY_DENIED;
    }

    /** An offer needs admitted liability; a revised offer is allowed until settlement. */
    public boolean acceptsOffer() {
        return this == LIABILITY_ADMITTED || this == LIABILITY_ADMITTED_WITH_NEGLIGENCE || this == OFFERED
                || this == PARTLY_PAID;
    }

    /** A payment pays an agreed amount, so it needs an offer. */
    public boolean acceptsPayment() {
        return this == OFFERED || this == PARTLY_PAID;
    }
}
