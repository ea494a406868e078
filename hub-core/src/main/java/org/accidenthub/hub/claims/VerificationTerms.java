package org.accidenthub.hub.claims;

import java.util.Objects;

/** A validated policy verification. */
record VerificationTerms(String policyNumber, VerificationResult result, String note) {

    /** Whether {@code latest} (the policy's latest verification) says exactly this: then a resend is a retry. */
    boolean sameAs(CoverVerification latest) {
        return latest != null && latest.result == result && Objects.equals(latest.note, note);
    }
}
