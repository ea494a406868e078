package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.ACCIDENT_DATE;
import static org.accidenthub.compensation.Fixtures.HENAN;
import static org.accidenthub.compensation.Fixtures.ROUND_FIGURES;
import static org.accidenthub.compensation.Fixtures.YEAR;
import static org.accidenthub.compensation.Fixtures.cny;

import java.math.BigDecimal;
import org.accidenthub.compensation.items.LossItem;
import org.accidenthub.compensation.money.Money;

/** Vehicles, payers and helpers for the calculator tests (round figures: income 48,000, consumption 26,000). */
final class Accidents {

    static final CompensationCalculator CALCULATOR = new CompensationCalculator();

    /** V1 with compulsory and 1,000,000 commercial third-party cover at PICC. */
    static final Vehicle V1 = Vehicle.motor("V1").withCompulsory("PICC").withCommercialThirdParty("PICC", cny("1000000.00"));
    /** V2 with compulsory cover at CPIC only. */
    static final Vehicle V2 = Vehicle.motor("V2").withCompulsory("CPIC");

    static final Payer V1_COMPULSORY = Payer.compulsoryInsurer("V1", "PICC");
    static final Payer V2_COMPULSORY = Payer.compulsoryInsurer("V2", "CPIC");
    static final Payer P1_COMMERCIAL = Payer.commercialInsurer("P1", "V1", "PICC");

    private Accidents() {
    }

    /** An accident on {@code ACCIDENT_DATE} (2020 limits) with the round figures. */
    static CalculationInput.Builder accident() {
        return CalculationInput.builder(ACCIDENT_DATE).standards(ROUND_FIGURES, HENAN, YEAR);
    }

    /** What the payer pays towards one item of one victim. */
    static BigDecimal paid(CompensationResult result, String victim, LossItem item, Payer payer) {
        return Money.sum(result.lines().stream()
                .filter(l -> l.victimRef().equals(victim) && l.item() == item && l.payer().equals(payer))
                .map(CompensationLine::amount).toList());
    }

    /** What the payer pays towards one victim. */
    static BigDecimal paid(CompensationResult result, String victim, Payer payer) {
        return Money.sum(result.linesOf(victim).stream().filter(l -> l.payer().equals(payer))
                .map(CompensationLine::amount).toList());
    }
}
