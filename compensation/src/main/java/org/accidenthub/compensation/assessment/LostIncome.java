package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Lost income (误工费): days off × daily income (SPC personal-injury interpretation art. 7).
 * With a fixed income, the actual daily loss; without one, the 3-year average, entered as a
 * daily income too; failing that, the average wage of the same or a similar trade from the
 * regional standards, per day = yearly wage ÷ 365.
 *
 * @param daysOff     days off work
 * @param dailyIncome CNY per day, or null when the trade average applies
 * @param trade       trade code of {@code TRADE_AVERAGE_WAGE_<trade>}, or null when a daily income is given
 */
public record LostIncome(int daysOff, BigDecimal dailyIncome, String trade) {

    public static LostIncome atDailyIncome(int daysOff, BigDecimal dailyIncome) {
        return new LostIncome(daysOff, dailyIncome, null);
    }

    public static LostIncome atTradeAverage(int daysOff, String trade) {
        return new LostIncome(daysOff, null, trade);
    }

    public Optional<BigDecimal> daily() {
        return Optional.ofNullable(dailyIncome);
    }

    public Optional<String> tradeAverage() {
        return Optional.ofNullable(trade);
    }
}
