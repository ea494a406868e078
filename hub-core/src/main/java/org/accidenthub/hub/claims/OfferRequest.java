package org.accidenthub.hub.claims;

import java.math.BigDecimal;

/**
 * {@code POST /api/v1/claims/{claimId}/offers}.
 *
 * @param calculationVersion the compensation calculation the amount comes from (1, 2, ...)
 * @param amount             CNY, a decimal string with two places, above 0
 */
public record OfferRequest(Integer calculationVersion, String amount, String note) {

    OfferTerms validated() {
        RequestChecks checks = new RequestChecks();
        Integer version = checks.range("calculationVersion", calculationVersion, true, 1, Integer.MAX_VALUE);
        BigDecimal parsed = checks.money("amount", amount);
        String text = checks.text("note", note, false, RequestChecks.MAX_TEXT);
        checks.throwIfAny();
        return new OfferTerms(version, parsed, text);
    }
}
