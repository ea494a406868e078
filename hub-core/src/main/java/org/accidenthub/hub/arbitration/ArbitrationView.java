package org.accidenthub.hub.arbitration;

import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;

/**
 * A referral and, once it came, the commission's award; {@code warnings} of the award as read (unknown elements).
 * {@code commissionName} is the register's name (ArbitrationCommissions); null once a code left the register.
 */
public record ArbitrationView(String referralId, String caseId, String commissionCode, String commissionName,
        String state,
        Instant referredAt, String referredByPartyRef, String awardMessageId, String awardNumber, String outcome,
        Instant awardedAt, List<AmountView> amounts, List<Problem> warnings) {

    /** A payer or payee is a party by its ref or an insurer by its code. */
    public record AmountView(String payerKind, String payerCode, String payeeKind, String payeeCode, String amount,
            String dueDate, String description) {
    }

    static ArbitrationView of(ArbitrationReferralRow row, ArbitrationCommissions commissions,
            List<ArbitrationAwardAmount> amounts, List<Problem> warnings) {
        return new ArbitrationView(row.id.toString(), row.caseId.toString(), row.commissionCode,
                commissions.name(row.commissionCode).orElse(null), row.state,
                row.referredAt, row.referredByPartyRef, row.awardMessageId, row.awardNumber,
                row.outcome == null ? null : row.outcome.name(), row.awardedAt,
                amounts.stream().map(a -> new AmountView(a.payerKind.name(), a.payerCode, a.payeeKind.name(),
                        a.payeeCode, a.amount.setScale(2).toPlainString(),
                        a.dueDate == null ? null : a.dueDate.toString(), a.description)).toList(),
                warnings);
    }
}
