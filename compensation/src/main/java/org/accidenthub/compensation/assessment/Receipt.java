package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A medical receipt (医疗费收款凭证).
 *
 * @param reference receipt number or short description, shown in the explanation
 * @param amount    CNY, at most two decimals
 */
public record Receipt(String reference, BigDecimal amount) {

    public Receipt {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(amount, "amount");
    }
}
