package org.accidenthub.hub.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /api/v1/claims/{claimId}/payments}.
 *
 * @param amount    CNY, a decimal string with two places, above 0
 * @param paidOn    the day the money left the insurer, YYYY-MM-DD, not after today
 * @param reference the insurer's payment reference, unique per claim: a resend with the same one is a retry
 */
public record PaymentRequest(String amount, String paidOn, String reference) {

    static final int MAX_REFERENCE = 64;

    /** @param today the date today where the accidents happen (China Standard Time) */
    PaymentTerms validated(LocalDate today) {
        RequestChecks checks = new RequestChecks();
        BigDecimal parsed = checks.money("amount", amount);
        LocalDate day = checks.date("paidOn", paidOn);
        if (day != null && day.isAfter(today)) {
            checks.fail("paidOn", "DATE_IN_FUTURE", "paidOn may not be after today (" + today + ")");
        }
        String text = checks.text("reference", reference, true, MAX_REFERENCE);
        checks.throwIfAny();
        return new PaymentTerms(parsed, day, text);
    }
}
