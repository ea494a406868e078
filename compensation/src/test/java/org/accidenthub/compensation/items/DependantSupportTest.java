package org.accidenthub.compensation.items;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.accidenthub.compensation.assessment.Dependant;
import org.junit.jupiter.api.Test;

class DependantSupportTest {

    private static final BigDecimal CONSUMPTION = cny("26000.00");
    private static final DisabilityCoefficient GRADE_9 = DisabilityCoefficient.ofGrade(9);
    /** Two children: one 14 (4 more years), one 6 (12 more years) with two parents. */
    private static final List<Dependant> TWO_CHILDREN = List.of(
            Dependant.minor("D1", 14, 1), Dependant.minor("D2", 6, 2));

    @Test
    void aMinorIsSupportedUntil18() {
        // 26,000 × (18 − 10 = 8 years) × 1/1 = 208,000.00
        var result = DependantSupport.calculate(List.of(Dependant.minor("D1", 10, 1)), CONSUMPTION, null,
                DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("208000.00"));
        assertThat(result.formula()).isEqualTo("26,000.00 × (8 years × 1/1) = 208,000.00");
    }

    @Test
    void theVictimOwesOnlyItsPartWhenOthersAlsoSupport() {
        // 26,000 × 8 years ÷ 2 supporters = 104,000.00
        var result = DependantSupport.calculate(List.of(Dependant.minor("D1", 10, 2)), CONSUMPTION, null,
                DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("104000.00"));
    }

    @Test
    void anAdultWithoutWorkCapacityGets20YearsWithTheAgeRule() {
        // age 70: 20 − (70 − 60) = 10 years; 26,000 × 10 = 260,000.00
        var result = DependantSupport.calculate(List.of(Dependant.adultWithoutWorkCapacity("D1", 70, 1)),
                CONSUMPTION, null, DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("260000.00"));
        assertThat(result.detail()).contains("age 70: 20 − (70 − 60) = 10 years");
    }

    @Test
    void severalDependantsAreCappedAtOneYearsConsumptionYearByYear() {
        // years 1–4: 1/1 + 1/2 = 1.5, capped at 1 → 26,000 × 4 = 104,000
        // years 5–12: only D2, 1/2 → 13,000 × 8 = 104,000
        // total 208,000.00 (uncapped it would be 26,000 × 4 + 13,000 × 12 = 260,000)
        var result = DependantSupport.calculate(TWO_CHILDREN, CONSUMPTION, null, DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("208000.00"));
        assertThat(result.formula()).isEqualTo("26,000.00 × (4 years × min(1/1 + 1/2, 1) + 8 years × 1/2) = 208,000.00");
    }

    @Test
    void aDisabilityScalesTheExpensesAfterTheCapByDefault() {
        // (26,000 × 4 × min(1.5, 1) + 26,000 × 8 × 1/2) × 20% = 208,000 × 20% = 41,600.00
        var result = DependantSupport.calculate(TWO_CHILDREN, CONSUMPTION, GRADE_9, DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("41600.00"));
    }

    @Test
    void theCapCanApplyAfterTheCoefficientWhenConfigured() {
        // years 1–4: min(1.5 × 20%, 1) = 0.3 → 26,000 × 0.3 × 4 = 31,200
        // years 5–12: 1/2 × 20% = 0.1 → 26,000 × 0.1 × 8 = 20,800; total 52,000.00
        var result = DependantSupport.calculate(TWO_CHILDREN, CONSUMPTION, GRADE_9, DependantCapBasis.AFTER_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("52000.00"));
    }

    @Test
    void thirdsAreRoundedHalfUpOnceAtTheEnd() {
        // 26,000 × (18 − 17 = 1 year) ÷ 3 supporters = 8,666.666… → 8,666.67
        var result = DependantSupport.calculate(List.of(Dependant.minor("D1", 17, 3)), CONSUMPTION, null,
                DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("8666.67"));
    }

    @Test
    void threeSupportersOverTwelveYearsLoseNoFenToIntermediateRounding() {
        // 26,000 × 12 years ÷ 3 = 104,000.00 exactly (rounding 8,666.67 a year first would give 104,000.04)
        var result = DependantSupport.calculate(List.of(Dependant.minor("D1", 6, 3)), CONSUMPTION, null,
                DependantCapBasis.BEFORE_COEFFICIENT);

        assertThat(result.amount()).isEqualTo(cny("104000.00"));
    }
}
