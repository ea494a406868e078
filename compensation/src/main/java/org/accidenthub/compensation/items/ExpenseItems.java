package org.accidenthub.compensation.items;

import static org.accidenthub.compensation.items.ItemAssessment.declared;
import static org.accidenthub.compensation.items.ItemAssessment.item;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.Nursing;
import org.accidenthub.compensation.assessment.Receipt;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.ApplicableStandards;
import org.accidenthub.compensation.standards.StandardItem;

/** The items that are costs and lost earnings, not lump sums: SPC arts. 6–11 and 13, mental distress, property. */
final class ExpenseItems {

    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private final LossAssessment a;
    private final ApplicableStandards standards;

    ExpenseItems(LossAssessment assessment, ApplicableStandards standards) {
        this.a = assessment;
        this.standards = standards;
    }

    List<AssessedItem> assess() {
        List<AssessedItem> items = new ArrayList<>();
        if (!a.medicalReceipts().isEmpty()) {
            items.add(medical());
        }
        items.add(declared(a, LossItem.FOLLOW_UP_TREATMENT, "as appraised", a.followUpTreatment()));
        if (a.hospitalDays() > 0) {
            items.add(hospitalMeals());
        }
        items.add(declared(a, LossItem.NUTRITION, "per medical opinion", a.nutrition()));
        a.lostIncome().filter(income -> income.daysOff() > 0).ifPresent(income -> items.add(lostIncome(income)));
        a.nursing().ifPresent(nursing -> items.add(nursing(nursing)));
        items.add(declared(a, LossItem.TRANSPORT, "actual", a.transport()));
        items.add(declared(a, LossItem.DISABILITY_AIDS, "reasonable cost", a.disabilityAids()));
        items.add(declared(a, LossItem.MENTAL_DISTRESS, "set at", a.mentalDistress()));
        items.add(declared(a, LossItem.PROPERTY_LOSS, "actual", a.propertyLoss()));
        return items;
    }

    private AssessedItem medical() {
        BigDecimal total = Money.sum(a.medicalReceipts().stream().map(Receipt::amount).toList());
        String parts = a.medicalReceipts().stream()
                .map(r -> r.reference() + " " + Money.format(r.amount()))
                .collect(Collectors.joining(" + "));
        String formula = a.medicalReceipts().size() == 1
                ? "receipt " + parts
                : "receipts " + parts + " = " + Money.format(total);
        return item(a, LossItem.MEDICAL, "", formula, total);
    }

    private AssessedItem hospitalMeals() {
        BigDecimal perDay = standards.amount(StandardItem.HOSPITAL_MEAL_ALLOWANCE);
        BigDecimal amount = perDay.multiply(BigDecimal.valueOf(a.hospitalDays()));
        return item(a, LossItem.HOSPITAL_MEALS, standards.source(StandardItem.HOSPITAL_MEAL_ALLOWANCE),
                Money.format(perDay) + " per day × " + days(a.hospitalDays()) + " = " + Money.format(amount), amount);
    }

    private AssessedItem lostIncome(LostIncome income) {
        if (income.daily().isPresent()) {
            BigDecimal amount = income.dailyIncome().multiply(BigDecimal.valueOf(income.daysOff()));
            return item(a, LossItem.LOST_INCOME, "daily income as proven",
                    Money.format(income.dailyIncome()) + " per day × " + days(income.daysOff())
                            + " = " + Money.format(amount), amount);
        }
        StandardItem wage = StandardItem.tradeAverageWage(income.trade());
        BigDecimal yearly = standards.amount(wage);
        BigDecimal amount = yearly.multiply(BigDecimal.valueOf(income.daysOff()))
                .divide(DAYS_PER_YEAR, Money.SCALE, RoundingMode.HALF_UP);
        return item(a, LossItem.LOST_INCOME, "no proven income: average wage of the trade, "
                        + standards.source(wage) + ", per day = yearly ÷ 365",
                Money.format(yearly) + " per year ÷ 365 × " + days(income.daysOff()) + " = " + Money.format(amount),
                amount);
    }

    private AssessedItem nursing(Nursing nursing) {
        BigDecimal amount = nursing.dailyRate().multiply(BigDecimal.valueOf((long) nursing.days() * nursing.carers()));
        return item(a, LossItem.NURSING, "",
                Money.format(nursing.dailyRate()) + " per day × " + days(nursing.days()) + " × " + nursing.carers()
                        + (nursing.carers() == 1 ? " carer" : " carers") + " = " + Money.format(amount), amount);
    }

    private static String days(int days) {
        return days + (days == 1 ? " day" : " days");
    }
}
