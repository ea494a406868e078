package org.accidenthub.compensation;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandard;
import org.accidenthub.compensation.standards.RegionalStandards;
import org.accidenthub.compensation.standards.RegionalStandardsCsv;
import org.accidenthub.compensation.standards.StandardItem;

/** Test data shared by the calculator tests. Figures are illustrative, not published statistics. */
public final class Fixtures {

    public static final ProvinceCode HENAN = ProvinceCode.of("410000");
    public static final int YEAR = 2025;
    /** An accident under the 2020 limits. */
    public static final LocalDate ACCIDENT_DATE = LocalDate.of(2026, 10, 3);

    /** Illustrative Henan 2025 figures, from the test CSV next to these tests. */
    public static final RegionalStandards HENAN_2025 = load("henan-2025-illustrative.csv");

    /** Figures with round numbers for hand arithmetic: income 48,000, consumption 26,000, wage 80,000, meals 100/day. */
    public static final RegionalStandards ROUND_FIGURES = standards(
            "48000.00", "26000.00", "80000.00", "100.00");

    private Fixtures() {
    }

    /** An amount in CNY with two decimals. */
    public static BigDecimal cny(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    /** One row for {@link #HENAN} / {@link #YEAR} with these four figures. */
    public static RegionalStandards standards(String income, String consumption, String wage, String mealsPerDay) {
        return RegionalStandards.of(new RegionalStandard(HENAN, YEAR, Map.of(
                StandardItem.URBAN_DISPOSABLE_INCOME, new BigDecimal(income),
                StandardItem.URBAN_CONSUMPTION, new BigDecimal(consumption),
                StandardItem.AVERAGE_EMPLOYEE_WAGE, new BigDecimal(wage),
                StandardItem.HOSPITAL_MEAL_ALLOWANCE, new BigDecimal(mealsPerDay))));
    }

    private static RegionalStandards load(String resource) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(Fixtures.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8)) {
            return RegionalStandardsCsv.read(reader, resource);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
