package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.accidenthub.compensation.Bucket;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.CompulsoryLimitSet;

/**
 * The outcome of a calculation: every item of every victim's loss, and every line saying who
 * pays which part of it. Lines of one item add up to the item exactly, and every total below is
 * a sum of lines, so no fen is lost or made up anywhere.
 *
 * @param limitsApplied the compulsory-insurance limits in force on the accident date
 * @param items         each victim's loss items, victim by victim in input order
 * @param lines         who pays what, victim by victim, item by item, in the order payers are called on
 */
public record CompensationResult(CompulsoryLimitSet limitsApplied, List<AssessedItem> items,
        List<CompensationLine> lines) {

    public CompensationResult {
        items = List.copyOf(items);
        lines = List.copyOf(lines);
    }

    /** The sum of all lines (equal to the sum of all items). */
    public BigDecimal total() {
        return Money.sum(lines.stream().map(CompensationLine::amount).toList());
    }

    /** Totals per payer, payers in order of first appearance. */
    public Map<Payer, BigDecimal> totalsByPayer() {
        return totals(CompensationLine::payer);
    }

    /** Totals per victim, in input order. */
    public Map<String, BigDecimal> totalsByVictim() {
        return totals(CompensationLine::victimRef);
    }

    /** Totals per compulsory bucket. */
    public Map<Bucket, BigDecimal> totalsByBucket() {
        return totals(CompensationLine::bucket);
    }

    /** What one payer pays in all, 0.00 when it pays nothing. */
    public BigDecimal totalFor(Payer payer) {
        return totalsByPayer().getOrDefault(payer, Money.ZERO);
    }

    /** The lines of one victim. */
    public List<CompensationLine> linesOf(String victimRef) {
        return lines.stream().filter(line -> line.victimRef().equals(victimRef)).toList();
    }

    private <K> Map<K, BigDecimal> totals(Function<CompensationLine, K> key) {
        Map<K, BigDecimal> totals = new LinkedHashMap<>();
        for (CompensationLine line : lines) {
            totals.merge(key.apply(line), line.amount(), BigDecimal::add);
        }
        return totals;
    }
}
