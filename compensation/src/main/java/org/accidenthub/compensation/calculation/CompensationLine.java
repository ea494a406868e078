package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.Objects;
import org.accidenthub.compensation.Bucket;
import org.accidenthub.compensation.items.LossItem;

/**
 * One payer's part of one item of one victim's loss, explained.
 *
 * @param victimRef  the victim
 * @param item       the loss item
 * @param bucket     the compulsory sub-limit the item falls under
 * @param basis      the item's rule and the sources of its figures
 * @param formula    how the item's amount was worked out, with the numbers used
 * @param allocation why this payer pays this part, with the numbers used
 * @param amount     this payer's part, CNY with two decimals
 * @param payer      who pays it
 */
public record CompensationLine(String victimRef, LossItem item, Bucket bucket, String basis, String formula,
        String allocation, BigDecimal amount, Payer payer) {

    public CompensationLine {
        Objects.requireNonNull(victimRef, "victimRef");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payer, "payer");
    }
}
