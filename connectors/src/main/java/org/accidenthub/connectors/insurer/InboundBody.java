package org.accidenthub.connectors.insurer;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of an inbound message, read and checked field by field. */
sealed interface InboundBody {

    /** LIABILITY_RESPONSE: {@code decision}, {@code decisionReason}, {@code claimantNegligencePct}. */
    record Liability(String decision, String reason, Integer negligencePercent) implements InboundBody {
    }

    /** OFFER: {@code calculationVersion}, {@code offerAmount} (CNY), {@code remarks}. */
    record Offer(int calculationVersion, BigDecimal amount, String remarks) implements InboundBody {
    }

    /** PAYMENT_CONFIRMATION: {@code paidAmount} (CNY), {@code paymentDate}, {@code paymentReference}. */
    record Payment(BigDecimal amount, LocalDate paymentDate, String reference) implements InboundBody {
    }
}
