package org.accidenthub.compensation.items;

import static org.accidenthub.compensation.items.ItemAssessment.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.ApplicableStandards;
import org.accidenthub.compensation.standards.StandardItem;

/** The lump sums worked out from regional standards: disability, death, funeral, dependants (SPC arts. 12, 14–17). */
final class DeathAndDisabilityItems {

    private static final BigDecimal FUNERAL_MONTHS = BigDecimal.valueOf(6);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final LossAssessment a;
    private final ApplicableStandards standards;
    private final DependantCapBasis dependantCap;

    DeathAndDisabilityItems(LossAssessment assessment, ApplicableStandards standards, DependantCapBasis dependantCap) {
        this.a = assessment;
        this.standards = standards;
        this.dependantCap = dependantCap;
    }

    List<AssessedItem> assess() {
        List<AssessedItem> items = new ArrayList<>();
        DisabilityCoefficient coefficient = a.disability().map(DisabilityCoefficient::of).orElse(null);
        if (coefficient != null) {
            items.add(disability(coefficient));
        }
        if (a.died()) {
            items.add(death());
            items.add(funeral());
        }
        if (!a.dependants().isEmpty() && (a.died() || coefficient != null)) {
            items.add(dependants(coefficient));
        }
        return items;
    }

    private AssessedItem disability(DisabilityCoefficient coefficient) {
        BigDecimal income = standards.amount(StandardItem.URBAN_DISPOSABLE_INCOME);
        int age = a.age().orElseThrow();
        int years = YearsOfCompensation.forAge(age);
        BigDecimal amount = income.multiply(BigDecimal.valueOf(years)).multiply(coefficient.value());
        return item(a, LossItem.DISABILITY_COMPENSATION,
                standards.source(StandardItem.URBAN_DISPOSABLE_INCOME) + "; " + YearsOfCompensation.explain(age)
                        + "; " + coefficient.description() + ": " + coefficient.percent(),
                Money.format(income) + " × " + years + " years × " + coefficient.percent()
                        + " = " + Money.format(amount), amount);
    }

    private AssessedItem death() {
        BigDecimal income = standards.amount(StandardItem.URBAN_DISPOSABLE_INCOME);
        int age = a.age().orElseThrow();
        int years = YearsOfCompensation.forAge(age);
        BigDecimal amount = income.multiply(BigDecimal.valueOf(years));
        return item(a, LossItem.DEATH_COMPENSATION,
                standards.source(StandardItem.URBAN_DISPOSABLE_INCOME) + "; " + YearsOfCompensation.explain(age),
                Money.format(income) + " × " + years + " years = " + Money.format(amount), amount);
    }

    private AssessedItem funeral() {
        BigDecimal wage = standards.amount(StandardItem.AVERAGE_EMPLOYEE_WAGE);
        BigDecimal amount = wage.multiply(FUNERAL_MONTHS).divide(MONTHS_PER_YEAR, Money.SCALE, RoundingMode.HALF_UP);
        return item(a, LossItem.FUNERAL, standards.source(StandardItem.AVERAGE_EMPLOYEE_WAGE) + " (yearly)",
                Money.format(wage) + " ÷ 12 × 6 months = " + Money.format(amount), amount);
    }

    private AssessedItem dependants(DisabilityCoefficient coefficient) {
        BigDecimal consumption = standards.amount(StandardItem.URBAN_CONSUMPTION);
        DependantSupport.Calculation calculation =
                DependantSupport.calculate(a.dependants(), consumption, coefficient, dependantCap);
        String cap = a.dependants().size() > 1
                ? "; several dependants: each year's total capped at one year's consumption"
                        + (coefficient == null ? "" : dependantCap == DependantCapBasis.BEFORE_COEFFICIENT
                                ? ", before the disability coefficient" : ", after the disability coefficient")
                : "";
        String scaled = coefficient == null ? "" : "; scaled by the disability coefficient " + coefficient.percent();
        return item(a, LossItem.DEPENDANTS,
                standards.source(StandardItem.URBAN_CONSUMPTION) + "; " + calculation.detail() + cap + scaled,
                calculation.formula(), calculation.amount());
    }
}
