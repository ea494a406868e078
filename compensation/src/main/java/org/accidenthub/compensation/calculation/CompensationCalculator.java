package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.Problem;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.compensation.items.ItemAssessment;
import org.accidenthub.compensation.standards.ApplicableStandards;
import org.accidenthub.compensation.standards.CompulsoryLimitSet;

/**
 * The compensation calculator: plain Java, stateless, safe to share between threads.
 * Items per victim ({@link ItemAssessment}) → buckets → compulsory insurers
 * ({@link CompulsoryCover}) → liability shares ({@link LiabilitySplit}) → commercial insurers,
 * then self-pay ({@link CommercialCover}).
 */
public final class CompensationCalculator {

    /** Every problem of the input; empty when it can be calculated. */
    public List<Problem> validate(CalculationInput input) {
        return InputRules.check(input);
    }

    /**
     * Calculates who pays what.
     *
     * @throws InvalidCalculationInputException listing every problem of the input
     * @throws org.accidenthub.compensation.standards.MissingStandardException when a needed
     *         regional standard or the compulsory limits for the accident date are missing
     */
    public CompensationResult calculate(CalculationInput input) {
        List<Problem> problems = validate(input);
        if (!problems.isEmpty()) {
            throw new InvalidCalculationInputException(problems);
        }
        CompulsoryLimitSet limits = input.limits().inForceOn(input.accidentDate());
        ApplicableStandards standards = input.standards().applicableTo(input.province(), input.statisticalYear());
        Accident accident = new Accident(input, limits);
        List<VictimLedgers> victims = new ArrayList<>();
        List<AssessedItem> items = new ArrayList<>();
        for (LossAssessment victim : input.victims()) {
            List<AssessedItem> assessed = ItemAssessment.of(victim, standards, input.options().dependantCap());
            items.addAll(assessed);
            victims.add(new VictimLedgers(victim, assessed.stream().map(item -> new ItemLedger(victim, item)).toList()));
        }
        new CompulsoryCover(accident, input.options().compulsorySharing()).apply(victims);
        new CommercialCover(accident).apply(new LiabilitySplit(accident).apply(victims));
        return new CompensationResult(limits, items, settledLines(victims));
    }

    private static List<CompensationLine> settledLines(List<VictimLedgers> victims) {
        List<CompensationLine> lines = new ArrayList<>();
        for (VictimLedgers victim : victims) {
            for (ItemLedger ledger : victim.items()) {
                if (ledger.unpaid().compareTo(BigDecimal.ZERO) != 0) {
                    throw new IllegalStateException("unallocated " + ledger.unpaid() + " on " + ledger.item());
                }
                lines.addAll(ledger.lines());
            }
        }
        return lines;
    }
}
