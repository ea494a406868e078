package org.accidenthub.hub.speedtrial;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.compensation.Amounts;

/**
 * A speed-trial filing as the API shows it, with its 2- or 3-month deadline and whether it is overdue.
 * {@code judge} is the assigned account; {@code judgeName} the name the judgment is signed with (null until judged).
 */
public record SpeedTrialView(UUID filingId, UUID caseId, String courtCode, String procedure, String caseNumber,
        String judge, String judgeName, String filedByPartyRef, Instant filedAt, Instant judgmentDueAt, boolean judgmentOverdue,
        String state, Instant judgedAt, String outcome, String reasons, List<AmountView> amounts) {

    public record AmountView(String payerKind, String payer, String payeeRef, String amount) {
    }

    static SpeedTrialView of(SpeedTrialFilingRow row, List<SpeedTrialAmount> amounts, Instant now) {
        return new SpeedTrialView(row.id, row.caseId, row.courtCode, row.procedure.name(), row.caseNumber, row.judge,
                row.judgeName, row.filedByPartyRef, row.filedAt, row.judgmentDueAt,
                "FILED".equals(row.state) && row.judgmentDueAt.isBefore(now), row.state, row.judgedAt,
                row.outcome == null ? null : row.outcome.name(), row.reasons,
                amounts.stream().map(a -> new AmountView(a.payerKind.name(), a.payerCode, a.payeeRef,
                        Amounts.format(a.amount))).toList());
    }
}
