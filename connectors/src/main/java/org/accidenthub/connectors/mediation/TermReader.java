package org.accidenthub.connectors.mediation;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.PaymentMethod;
import org.accidenthub.schemas.v1.SettlementTerm;

/** Reads one {@code terms[]} entry: who pays whom how much, by when and how. */
final class TermReader {

    private TermReader() {
    }

    static SettlementTerm read(JsonFields term) {
        JsonFields payerFields = term.object("payer", REQUIRED);
        DisputeParty payer = payerFields == null ? null : MessageFields.party(payerFields);
        JsonFields payeeFields = term.object("payee", REQUIRED);
        DisputeParty payee = payeeFields == null ? null : MessageFields.party(payeeFields);
        BigDecimal amount = MessageFields.amount(term, "amount", REQUIRED);
        LocalDate dueDate = term.date("dueDate", REQUIRED);
        String method = term.oneOf("method", REQUIRED, List.of("BANK_TRANSFER", "CASH", "INSURER_DIRECT", "OTHER"));
        String note = term.text("note", OPTIONAL, 256);
        term.reportUnknownFields();
        if (payer != null && payee != null && MessageFields.same(payer, payee)) {
            term.fail("payee", MediationProblemCode.SAME_PAYER_AND_PAYEE, "a payer cannot owe itself");
            return null;
        }
        if (payer == null || payee == null || amount == null || dueDate == null || method == null) {
            return null;
        }
        return SettlementTerm.newBuilder()
                .setPayer(payer)
                .setPayee(payee)
                .setAmount(amount)
                .setDueDate(dueDate)
                .setMethod(PaymentMethod.valueOf(method))
                .setNote(note == null || note.isBlank() ? null : note)
                .build();
    }
}
