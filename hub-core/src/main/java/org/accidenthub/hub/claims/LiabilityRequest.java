package org.accidenthub.hub.claims;

/**
 * {@code POST /api/v1/claims/{claimId}/liability}.
 *
 * @param answer            ADMITTED, ADMITTED_WITH_NEGLIGENCE or NOT_ADMITTED
 * @param reason            required with NOT_ADMITTED and ADMITTED_WITH_NEGLIGENCE
 * @param negligencePercent the victim's own share of fault, 1..99, only with ADMITTED_WITH_NEGLIGENCE
 */
public record LiabilityRequest(String answer, String reason, Integer negligencePercent) {

    Liability validated() {
        RequestChecks checks = new RequestChecks();
        LiabilityAnswer parsed = checks.oneOf("answer", answer, LiabilityAnswer.class);
        boolean needsReason = parsed != null && parsed.needsReason();
        String text = checks.text("reason", reason, needsReason, RequestChecks.MAX_TEXT);
        Integer negligence = null;
        if (negligencePercent != null && parsed != null && parsed != LiabilityAnswer.ADMITTED_WITH_NEGLIGENCE) {
            checks.fail("negligencePercent", "NOT_APPLICABLE",
                    "negligencePercent goes only with ADMITTED_WITH_NEGLIGENCE");
        } else {
            negligence = checks.range("negligencePercent", negligencePercent, false, 1, 99);
        }
        checks.throwIfAny();
        return new Liability(parsed, text, negligence);
    }
}
