package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.items.AssessedItem;

/** One item of one victim, with what is still unpaid and the lines paying it so far. */
final class ItemLedger {

    private final LossAssessment victim;
    private final AssessedItem item;
    private final List<CompensationLine> lines = new ArrayList<>();
    private BigDecimal unpaid;

    ItemLedger(LossAssessment victim, AssessedItem item) {
        this.victim = victim;
        this.item = item;
        this.unpaid = item.amount();
    }

    LossAssessment victim() {
        return victim;
    }

    AssessedItem item() {
        return item;
    }

    BigDecimal unpaid() {
        return unpaid;
    }

    List<CompensationLine> lines() {
        return lines;
    }

    /** Records that the payer pays this part; nothing is recorded for 0.00. */
    void pay(Payer payer, BigDecimal amount, String allocation) {
        if (amount.signum() == 0) {
            return;
        }
        if (amount.signum() < 0 || amount.compareTo(unpaid) > 0) {
            throw new IllegalStateException("cannot pay " + amount + " of " + unpaid + " unpaid on " + item);
        }
        unpaid = unpaid.subtract(amount);
        lines.add(new CompensationLine(item.victimRef(), item.item(), item.bucket(), item.basis(), item.formula(),
                allocation, amount, payer));
    }
}
