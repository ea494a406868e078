package org.accidenthub.hub.claims;

/** An insurer's answer on liability and the claim state it leads to. */
public enum LiabilityAnswer {
    ADMITTED(ClaimState.LIABILITY_ADMITTED, false),
    /** Admitted, reduced by the victim's negligence: the reason says why. */
    ADMITTED_WITH_NEGLIGENCE(ClaimState.LIABILITY_ADMITTED_WITH_NEGLIGENCE, true),
    /** A refusal must give its reason (Insurance Law art. 24: a written refusal with reasons). */
    NOT_ADMITTED(ClaimState.LIABILITY_DENIED, true);

    private final ClaimState state;
    private final boolean needsReason;

    LiabilityAnswer(ClaimState state, boolean needsReason) {
        this.state = state;
        this.needsReason = needsReason;
    }

    public ClaimState state() {
        return state;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
