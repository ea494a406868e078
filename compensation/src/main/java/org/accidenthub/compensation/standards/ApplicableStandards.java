package org.accidenthub.compensation.standards;

import java.math.BigDecimal;

/**
 * The regional standards that apply to one calculation: one province, one statistical year.
 *
 * @param table    the whole table
 * @param province the province (or city publishing its own figures) the caller chose
 * @param year     the statistical year the caller chose
 */
public record ApplicableStandards(RegionalStandards table, ProvinceCode province, int year) {

    /** The amount of the item; throws {@link MissingStandardException} when it is not in the table. */
    public BigDecimal amount(StandardItem item) {
        return table.amount(province, year, item);
    }

    /** "URBAN_DISPOSABLE_INCOME_PER_CAPITA of 410000 for 2025": where a figure comes from. */
    public String source(StandardItem item) {
        return item + " of " + province + " for " + year;
    }
}
