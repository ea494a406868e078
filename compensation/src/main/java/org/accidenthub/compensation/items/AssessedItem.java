package org.accidenthub.compensation.items;

import java.math.BigDecimal;
import java.util.Objects;
import org.accidenthub.compensation.Bucket;

/**
 * One item of a victim's loss, worked out and explained.
 *
 * @param victimRef the victim
 * @param item      which item
 * @param basis     the rule with its citation and the sources of the figures used
 * @param formula   the arithmetic with the numbers used, e.g. "41,000.00 × 20 years × 20% = 164,000.00"
 * @param amount    CNY, rounded half-up to 0.01
 */
public record AssessedItem(String victimRef, LossItem item, String basis, String formula, BigDecimal amount) {

    public AssessedItem {
        Objects.requireNonNull(victimRef, "victimRef");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(amount, "amount");
    }

    /** The compulsory sub-limit the item falls under. */
    public Bucket bucket() {
        return item.bucket();
    }
}
