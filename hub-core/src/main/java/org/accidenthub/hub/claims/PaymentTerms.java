package org.accidenthub.hub.claims;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A validated payment confirmation. The reference identifies it within the claim. */
record PaymentTerms(BigDecimal amount, LocalDate paidOn, String reference) {

    /** Whether {@code payment} (with the same reference) says exactly this: then a resend is a retry. */
    boolean sameAs(Payment payment) {
        return payment.amount.compareTo(amount) == 0 && payment.paidOn.equals(paidOn);
    }
}
