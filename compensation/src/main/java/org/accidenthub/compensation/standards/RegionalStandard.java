package org.accidenthub.compensation.standards;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of regional standards: what a province published for a statistical year, item by item.
 *
 * @param province the region that published the figures
 * @param year     the statistical year the figures describe (not the year they were published)
 * @param amounts  item to amount in CNY; map-based so that new items need no code change
 */
public record RegionalStandard(ProvinceCode province, int year, Map<StandardItem, BigDecimal> amounts) {

    public RegionalStandard {
        Objects.requireNonNull(province, "province");
        amounts = Map.copyOf(amounts);
        amounts.values().forEach(amount -> {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a standard amount cannot be negative: " + amount);
            }
        });
    }

    /** The amount of an item, if this row has it. */
    public Optional<BigDecimal> amount(StandardItem item) {
        return Optional.ofNullable(amounts.get(item));
    }
}
