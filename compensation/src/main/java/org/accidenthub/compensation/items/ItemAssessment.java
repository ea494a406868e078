package org.accidenthub.compensation.items;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.ApplicableStandards;

/**
 * Works out every item of one victim's loss from the assessment and the regional standards,
 * each rounded half-up to 0.01 once, where its amount is final. Items with no amount (not
 * claimed) are left out. A standard is looked up only when an item needs it, so a missing
 * figure that no item needs does no harm; a needed one throws
 * {@link org.accidenthub.compensation.standards.MissingStandardException}.
 * The assessment must have passed {@link org.accidenthub.compensation.assessment.AssessmentRules}.
 */
public final class ItemAssessment {

    private ItemAssessment() {
    }

    /** The victim's items in {@link LossItem} order. */
    public static List<AssessedItem> of(LossAssessment assessment, ApplicableStandards standards,
            DependantCapBasis dependantCap) {
        List<AssessedItem> items = new ArrayList<>();
        items.addAll(new ExpenseItems(assessment, standards).assess());
        items.addAll(new DeathAndDisabilityItems(assessment, standards, dependantCap).assess());
        items.removeIf(item -> item.amount().signum() == 0);
        items.sort(Comparator.comparing(AssessedItem::item));
        return List.copyOf(items);
    }

    static AssessedItem item(LossAssessment a, LossItem item, String basisDetail, String formula, BigDecimal amount) {
        String basis = basisDetail.isEmpty() ? item.rule() : item.rule() + "; " + basisDetail;
        return new AssessedItem(a.victimRef(), item, basis, formula, Money.round(amount));
    }

    static AssessedItem declared(LossAssessment a, LossItem item, String how, BigDecimal amount) {
        return item(a, item, "", how + " " + Money.format(amount), amount);
    }
}
