package org.accidenthub.hub.claims;

import java.util.Objects;

/** A validated liability answer. */
record Liability(LiabilityAnswer answer, String reason, Integer negligencePercent) {

    /** Whether the claim already holds exactly this answer: then a resend is a retry. */
    boolean isHeldBy(Claim claim) {
        return claim.liabilityAnswer == answer && Objects.equals(claim.liabilityReason, reason)
                && Objects.equals(claim.negligencePercent, negligencePercent);
    }
}
