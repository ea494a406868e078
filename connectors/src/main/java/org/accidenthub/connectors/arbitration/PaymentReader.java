package org.accidenthub.connectors.arbitration;

import static org.accidenthub.connectors.arbitration.Presence.OPTIONAL;
import static org.accidenthub.connectors.arbitration.Presence.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.Obligation;

/** Reads one {@code payments/payment}: who pays whom how much, by when. */
final class PaymentReader {

    private PaymentReader() {
    }

    /** The obligation, or null when the payment has a problem (recorded). */
    static Obligation read(ElementFields payment) {
        DisputeParty payer = DisputePartyReader.read(payment, "payer");
        DisputeParty payee = DisputePartyReader.read(payment, "payee");
        BigDecimal amount = payment.amount("amount", REQUIRED);
        LocalDate dueDate = payment.date("dueDate", OPTIONAL);
        String description = payment.text("description", OPTIONAL, 256);
        payment.reportUnknown();
        if (payer != null && payee != null && sameParty(payer, payee)) {
            payment.fail(payment.path() + "/payee", ArbitrationProblemCode.SAME_PAYER_AND_PAYEE,
                    "a payer cannot owe itself");
            return null;
        }
        if (payer == null || payee == null || amount == null) {
            return null;
        }
        return Obligation.newBuilder()
                .setPayer(payer)
                .setPayee(payee)
                .setAmount(amount)
                .setDueDate(dueDate)
                .setDescription(description)
                .build();
    }

    private static boolean sameParty(DisputeParty payer, DisputeParty payee) {
        return payer.getKind() == payee.getKind()
                && Objects.equals(payer.getPartyRef(), payee.getPartyRef())
                && Objects.equals(payer.getInsurerCode(), payee.getInsurerCode());
    }
}
