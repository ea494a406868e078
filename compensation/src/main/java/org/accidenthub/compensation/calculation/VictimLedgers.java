package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.List;
import org.accidenthub.compensation.Bucket;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.money.Money;

/** One victim's item ledgers. */
record VictimLedgers(LossAssessment victim, List<ItemLedger> items) {

    List<ItemLedger> inBucket(Bucket bucket) {
        return items.stream().filter(item -> item.item().bucket() == bucket).toList();
    }

    BigDecimal unpaid(Bucket bucket) {
        return Money.sum(inBucket(bucket).stream().map(ItemLedger::unpaid).toList());
    }
}
