package org.accidenthub.compensation.items;

import static org.accidenthub.compensation.Fixtures.HENAN;
import static org.accidenthub.compensation.Fixtures.HENAN_2025;
import static org.accidenthub.compensation.Fixtures.ROUND_FIGURES;
import static org.accidenthub.compensation.Fixtures.YEAR;
import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.Fixtures.standards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.Dependant;
import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.ApplicableStandards;
import org.accidenthub.compensation.standards.MissingStandardException;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandard;
import org.accidenthub.compensation.standards.RegionalStandards;
import org.accidenthub.compensation.standards.StandardItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemAssessmentTest {

    private static final ApplicableStandards ROUND = ROUND_FIGURES.applicableTo(HENAN, YEAR);
    private static final ApplicableStandards HENAN_FIGURES = HENAN_2025.applicableTo(HENAN, YEAR);

    @Test
    void disabilityCompensationAt65CountsFifteenYears() {
        // 48,000 × 15 years (age 65) × 0.30 (grade 8) = 216,000.00
        LossAssessment victim = pedestrian().age(65).disability(Disability.grade(8)).build();

        AssessedItem disability = item(victim, ROUND, LossItem.DISABILITY_COMPENSATION);

        assertThat(disability.amount()).isEqualTo(cny("216000.00"));
        assertThat(disability.formula()).isEqualTo("48,000.00 × 15 years × 30% = 216,000.00");
        assertThat(disability.basis()).contains("SPC art. 12", "age 65: 20 − (65 − 60) = 15 years", "grade 8: 30%");
    }

    @ParameterizedTest(name = "death at {0}: 48,000 × {1} years = {2}")
    @CsvSource({
        "59, 20, 960000.00",
        "60, 20, 960000.00",
        "65, 15, 720000.00",
        "74, 6, 288000.00",
        "75, 5, 240000.00",
        "80, 5, 240000.00"
    })
    void deathCompensationFollowsTheAgeRule(int age, int years, String amount) {
        LossAssessment victim = pedestrian().age(age).died().build();

        AssessedItem death = item(victim, ROUND, LossItem.DEATH_COMPENSATION);

        assertThat(death.amount()).isEqualTo(cny(amount));
        assertThat(death.formula()).isEqualTo("48,000.00 × " + years + " years = " + Money.format(cny(amount)));
    }

    @ParameterizedTest(name = "grade {0}: 48,000 × 20 years × {1}% = {2}")
    @CsvSource({
        "1, 100, 960000.00", "2, 90, 864000.00", "3, 80, 768000.00", "4, 70, 672000.00", "5, 60, 576000.00",
        "6, 50, 480000.00", "7, 40, 384000.00", "8, 30, 288000.00", "9, 20, 192000.00", "10, 10, 96000.00"
    })
    void disabilityCompensationFollowsTheGrade(int grade, int percent, String amount) {
        LossAssessment victim = pedestrian().age(40).disability(Disability.grade(grade)).build();

        AssessedItem disability = item(victim, ROUND, LossItem.DISABILITY_COMPENSATION);

        assertThat(disability.amount()).isEqualTo(cny(amount));
        assertThat(disability.formula()).contains("× " + percent + "% =");
    }

    @Test
    void anExplicitCoefficientReplacesTheGrade() {
        // 48,000 × 20 years × 23.5% = 225,600.00
        LossAssessment victim = pedestrian().age(40).disability(Disability.coefficient(new BigDecimal("0.235"))).build();

        assertThat(item(victim, ROUND, LossItem.DISABILITY_COMPENSATION).amount()).isEqualTo(cny("225600.00"));
    }

    @Test
    void deathAt80CountsFiveYearsAndFuneralSixMonthsOfWages() {
        LossAssessment victim = pedestrian().age(80).died().build();

        Map<LossItem, BigDecimal> items = amounts(victim, ROUND);

        assertThat(items).containsOnly(
                Map.entry(LossItem.DEATH_COMPENSATION, cny("240000.00")), // 48,000 × 5 years
                Map.entry(LossItem.FUNERAL, cny("40000.00")));            // 80,000 ÷ 12 × 6
    }

    @Test
    void dependantsOfADisabledVictimAreScaledByTheCoefficient() {
        // 26,000 × 8 years (minor aged 10) ÷ 2 supporters × 20% (grade 9) = 20,800.00
        LossAssessment victim = pedestrian().age(36).disability(Disability.grade(9))
                .dependant(Dependant.minor("D1", 10, 2)).build();

        assertThat(item(victim, ROUND, LossItem.DEPENDANTS).amount()).isEqualTo(cny("20800.00"));
    }

    @Test
    void lostIncomeAtTheTradeAverageIsTheYearlyWageOver365PerDay() {
        // 73,000 ÷ 365 × 60 days = 12,000.00
        LossAssessment victim = pedestrian().lostIncome(LostIncome.atTradeAverage(60, "CONSTRUCTION")).build();

        AssessedItem lostIncome = item(victim, HENAN_FIGURES, LossItem.LOST_INCOME);

        assertThat(lostIncome.amount()).isEqualTo(cny("12000.00"));
        assertThat(lostIncome.formula()).isEqualTo("73,000.00 per year ÷ 365 × 60 days = 12,000.00");
    }

    @Test
    void expensesFollowTheirFormulas() {
        LossAssessment victim = pedestrian()
                .medicalReceipt("R1", cny("1200.50"))
                .medicalReceipt("R2", cny("799.50"))
                .hospitalDays(12)
                .nursing(cny("150.00"), 12, 2)
                .transport(cny("300.00"))
                .build();

        Map<LossItem, String> formulas = item(victim, ROUND).stream()
                .collect(Collectors.toMap(AssessedItem::item, AssessedItem::formula));

        assertThat(formulas).containsOnly(
                Map.entry(LossItem.MEDICAL, "receipts R1 1,200.50 + R2 799.50 = 2,000.00"),
                Map.entry(LossItem.HOSPITAL_MEALS, "100.00 per day × 12 days = 1,200.00"),
                Map.entry(LossItem.NURSING, "150.00 per day × 12 days × 2 carers = 3,600.00"),
                Map.entry(LossItem.TRANSPORT, "actual 300.00"));
    }

    @Test
    void funeralExpensesRoundHalfUpToTheFen() {
        // 80,000.01 ÷ 12 × 6 = 40,000.005 → 40,000.01
        ApplicableStandards oddWage = standards("48000.00", "26000.00", "80000.01", "100.00").applicableTo(HENAN, YEAR);
        LossAssessment victim = pedestrian().age(50).died().build();

        assertThat(item(victim, oddWage, LossItem.FUNERAL).amount()).isEqualTo(cny("40000.01"));
    }

    @Test
    void aStandardNoItemNeedsMayBeMissing() {
        ApplicableStandards incomeOnly = RegionalStandards.of(new RegionalStandard(HENAN, YEAR,
                Map.of(StandardItem.URBAN_DISPOSABLE_INCOME, cny("48000.00")))).applicableTo(HENAN, YEAR);
        LossAssessment victim = pedestrian().age(30).disability(Disability.grade(10)).build();

        assertThat(amounts(victim, incomeOnly)).containsOnlyKeys(LossItem.DISABILITY_COMPENSATION);
    }

    @Test
    void aNeededStandardThatIsMissingIsNamed() {
        ApplicableStandards otherProvince = ROUND_FIGURES.applicableTo(ProvinceCode.of("110000"), YEAR);
        LossAssessment victim = pedestrian().hospitalDays(3).build();

        assertThatThrownBy(() -> ItemAssessment.of(victim, otherProvince, DependantCapBasis.BEFORE_COEFFICIENT))
                .isInstanceOf(MissingStandardException.class)
                .hasMessageContaining("HOSPITAL_MEAL_ALLOWANCE_PER_DAY")
                .hasMessageContaining("province 110000")
                .hasMessageContaining("statistical year 2025");
    }

    @Test
    void itemsNotClaimedAreLeftOut() {
        assertThat(item(pedestrian().build(), ROUND)).isEmpty();
    }

    private static LossAssessment.Builder pedestrian() {
        return LossAssessment.of("A", VictimRole.pedestrian());
    }

    private static List<AssessedItem> item(LossAssessment victim, ApplicableStandards standards) {
        return ItemAssessment.of(victim, standards, DependantCapBasis.BEFORE_COEFFICIENT);
    }

    private static AssessedItem item(LossAssessment victim, ApplicableStandards standards, LossItem wanted) {
        return item(victim, standards).stream().filter(i -> i.item() == wanted).findFirst().orElseThrow();
    }

    private static Map<LossItem, BigDecimal> amounts(LossAssessment victim, ApplicableStandards standards) {
        return item(victim, standards).stream().collect(Collectors.toMap(AssessedItem::item, AssessedItem::amount));
    }
}
