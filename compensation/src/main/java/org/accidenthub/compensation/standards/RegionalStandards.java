package org.accidenthub.compensation.standards;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The table of regional standards per province and statistical year, as loaded by an admin.
 * Figures are never defaulted: a missing one is a {@link MissingStandardException} naming it.
 *
 * <p>Which statistical year applies is the caller's decision: the SPC personal-injury
 * interpretation (2022) art. 22 says "the previous statistical year at the end of the
 * first-instance court debate", which only the mediator or court knows. The calculator takes
 * it as an explicit input.
 */
public final class RegionalStandards {

    private final Map<Key, Map<StandardItem, BigDecimal>> rows;

    private RegionalStandards(Map<Key, Map<StandardItem, BigDecimal>> rows) {
        this.rows = rows;
    }

    /**
     * The table of these rows. Rows for the same province and year are merged; the same item
     * given twice for one province and year is refused.
     */
    public static RegionalStandards of(Collection<RegionalStandard> standards) {
        Map<Key, Map<StandardItem, BigDecimal>> rows = new HashMap<>();
        for (RegionalStandard standard : standards) {
            Map<StandardItem, BigDecimal> items =
                    rows.computeIfAbsent(new Key(standard.province(), standard.year()), k -> new HashMap<>());
            standard.amounts().forEach((item, amount) -> {
                if (items.putIfAbsent(item, amount) != null) {
                    throw new IllegalArgumentException("standard " + item + " for province "
                            + standard.province() + ", year " + standard.year() + " is given twice");
                }
            });
        }
        rows.replaceAll((key, items) -> Map.copyOf(items));
        return new RegionalStandards(Map.copyOf(rows));
    }

    /** The table of these rows (see {@link #of(Collection)}). */
    public static RegionalStandards of(RegionalStandard... standards) {
        return of(List.of(standards));
    }

    /**
     * The amount of an item for a province and statistical year.
     *
     * @throws MissingStandardException naming province, year and item when the table lacks it
     */
    public BigDecimal amount(ProvinceCode province, int year, StandardItem item) {
        Map<StandardItem, BigDecimal> items = rows.getOrDefault(new Key(province, year), Map.of());
        BigDecimal amount = items.get(item);
        if (amount == null) {
            throw MissingStandardException.regional(province, year, item);
        }
        return amount;
    }

    /** The standards of one province and year, as the calculator reads them. */
    public ApplicableStandards applicableTo(ProvinceCode province, int year) {
        return new ApplicableStandards(this, province, year);
    }

    /** Whether the table has a row for the province and year (with any items). */
    public boolean covers(ProvinceCode province, int year) {
        return rows.containsKey(new Key(province, year));
    }

    private record Key(ProvinceCode province, int year) {
        Key {
            Objects.requireNonNull(province, "province");
        }
    }
}
