package org.accidenthub.compensation.standards;

import java.util.regex.Pattern;

/**
 * The name of one published statistic in a regional standard. Open-ended on purpose: a new item
 * is a new code in the standards file, not a code change. The calculator uses the constants
 * below; lost income at a trade's average uses {@link #tradeAverageWage(String)}.
 *
 * @param code UPPER_SNAKE, e.g. {@code URBAN_DISPOSABLE_INCOME_PER_CAPITA}
 */
public record StandardItem(String code) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{0,79}");

    /** 城镇居民人均可支配收入, CNY per year: disability and death compensation. */
    public static final StandardItem URBAN_DISPOSABLE_INCOME =
            new StandardItem("URBAN_DISPOSABLE_INCOME_PER_CAPITA");
    /** 城镇居民人均消费支出, CNY per year: dependants' living expenses. */
    public static final StandardItem URBAN_CONSUMPTION = new StandardItem("URBAN_CONSUMPTION_PER_CAPITA");
    /** 职工平均工资, CNY per year: funeral expenses (six months of it). */
    public static final StandardItem AVERAGE_EMPLOYEE_WAGE = new StandardItem("AVERAGE_EMPLOYEE_WAGE");
    /** 住院伙食补助费, CNY per day in hospital. */
    public static final StandardItem HOSPITAL_MEAL_ALLOWANCE =
            new StandardItem("HOSPITAL_MEAL_ALLOWANCE_PER_DAY");

    public StandardItem {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("a standard item is an UPPER_SNAKE code: " + code);
        }
    }

    /** Average yearly wage of a trade (相同或相近行业职工平均工资), e.g. {@code TRADE_AVERAGE_WAGE_CONSTRUCTION}. */
    public static StandardItem tradeAverageWage(String trade) {
        return new StandardItem("TRADE_AVERAGE_WAGE_" + trade);
    }

    /** Whether the text can name an item. */
    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    @Override
    public String toString() {
        return code;
    }
}
