package org.accidenthub.hub.claims;

/**
 * {@code POST /api/v1/claims/{claimId}/policy-verifications}: the insurer states what it found
 * about one of the claim's covers.
 *
 * @param policyNumber a policy number among the claim's covers
 * @param result       CONFIRMED, NOT_FOUND, NOT_IN_FORCE or MISMATCH
 */
public record PolicyVerificationRequest(String policyNumber, String result, String note) {

    VerificationTerms validated() {
        RequestChecks checks = new RequestChecks();
        String policy = checks.text("policyNumber", policyNumber, true, 64);
        VerificationResult parsed = checks.oneOf("result", result, VerificationResult.class);
        String text = checks.text("note", note, false, RequestChecks.MAX_TEXT);
        checks.throwIfAny();
        return new VerificationTerms(policy, parsed, text);
    }
}
