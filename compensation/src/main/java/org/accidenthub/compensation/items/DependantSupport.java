package org.accidenthub.compensation.items;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.Dependant;
import org.accidenthub.compensation.money.Money;

/**
 * Dependants' living expenses (被扶养人生活费), SPC art. 17: urban per-capita consumption × years
 * ÷ supporters, scaled by the victim's lost work capacity (the disability coefficient; 1 for
 * death). Minors are supported until 18 (18 − age years); adults without work capacity and
 * other income for 20 years with the age rule ({@link YearsOfCompensation}). With several
 * dependants the yearly total may not exceed one year's consumption, so the amount is worked out
 * year by year: in each year only the dependants still supported count, and their shares are
 * capped. The result is counted into the disability or death compensation (SPC art. 16).
 *
 * <p>Exact: the shares 1/supporters are kept as fractions over their least common denominator,
 * and the total is divided and rounded half-up to 0.01 once, at the end.
 */
public final class DependantSupport {

    /**
     * @param amount  CNY, rounded half-up to 0.01
     * @param formula the arithmetic by period, e.g. "26,000.00 × (4 years × min(1/2 + 1/1, 1) + 8 years × 1/2) × 20%"
     * @param detail  each dependant's years and supporters
     */
    public record Calculation(BigDecimal amount, String formula, String detail) {
    }

    private record Period(int years, List<Dependant> active) {
    }

    private DependantSupport() {
    }

    /** Years a dependant is supported for: minors 18 − age, adults the age rule. */
    public static int years(Dependant dependant) {
        return dependant.kind() == Dependant.Kind.MINOR
                ? Math.max(0, 18 - dependant.age())
                : YearsOfCompensation.forAge(dependant.age());
    }

    /**
     * @param consumption urban per-capita consumption for one year
     * @param coefficient the victim's disability coefficient, or null when the victim died
     * @param cap         where the yearly cap applies (only matters with a coefficient)
     */
    public static Calculation calculate(List<Dependant> dependants, BigDecimal consumption,
            DisabilityCoefficient coefficient, DependantCapBasis cap) {
        Objects.requireNonNull(consumption, "consumption");
        if (dependants.isEmpty()) {
            return new Calculation(Money.ZERO, "no dependants", "");
        }
        long denominator = dependants.stream().mapToLong(Dependant::supporters).reduce(1, DependantSupport::lcm);
        BigDecimal coef = coefficient == null ? BigDecimal.ONE : coefficient.value();
        boolean capAfter = coefficient != null && cap == DependantCapBasis.AFTER_COEFFICIENT;
        BigDecimal weightedYears = BigDecimal.ZERO;
        List<String> terms = new ArrayList<>();
        for (Period period : periods(dependants)) {
            long shares = period.active().stream().mapToLong(d -> denominator / d.supporters()).sum();
            BigDecimal yearly = capAfter
                    ? BigDecimal.valueOf(shares).multiply(coef).min(BigDecimal.valueOf(denominator))
                    : BigDecimal.valueOf(Math.min(shares, denominator));
            weightedYears = weightedYears.add(yearly.multiply(BigDecimal.valueOf(period.years())));
            terms.add(term(period, capAfter ? coefficient : null));
        }
        BigDecimal exact = consumption.multiply(weightedYears);
        if (!capAfter) {
            exact = exact.multiply(coef);
        }
        BigDecimal amount = exact.divide(BigDecimal.valueOf(denominator), Money.SCALE, RoundingMode.HALF_UP);
        String formula = Money.format(consumption) + " × (" + String.join(" + ", terms) + ")"
                + (coefficient != null && !capAfter ? " × " + coefficient.percent() : "")
                + " = " + Money.format(amount);
        return new Calculation(amount, formula, detail(dependants));
    }

    /** Consecutive years in which the same dependants are supported. */
    private static List<Period> periods(List<Dependant> dependants) {
        List<Period> periods = new ArrayList<>();
        int maxYears = dependants.stream().mapToInt(DependantSupport::years).max().orElse(0);
        int year = 1;
        while (year <= maxYears) {
            int from = year;
            List<Dependant> active = dependants.stream().filter(d -> years(d) >= from).toList();
            int until = active.stream().mapToInt(DependantSupport::years).min().orElseThrow();
            periods.add(new Period(until - from + 1, active));
            year = until + 1;
        }
        return periods;
    }

    private static String term(Period period, DisabilityCoefficient coefficientInsideCap) {
        String shares = period.active().stream().map(d -> "1/" + d.supporters()).collect(Collectors.joining(" + "));
        String yearly;
        if (coefficientInsideCap != null) {
            String scaled = (period.active().size() > 1 ? "(" + shares + ")" : shares) + " × " + coefficientInsideCap.percent();
            yearly = period.active().size() > 1 ? "min(" + scaled + ", 1)" : scaled;
        } else {
            yearly = period.active().size() > 1 ? "min(" + shares + ", 1)" : shares;
        }
        return period.years() + (period.years() == 1 ? " year × " : " years × ") + yearly;
    }

    private static String detail(List<Dependant> dependants) {
        return dependants.stream().map(d -> d.ref() + " "
                + (d.kind() == Dependant.Kind.MINOR
                        ? "minor aged " + d.age() + ": 18 − " + d.age() + " = " + years(d) + " years"
                        : "adult without work capacity, " + YearsOfCompensation.explain(d.age()))
                + ", " + d.supporters() + (d.supporters() == 1 ? " supporter" : " supporters"))
                .collect(Collectors.joining("; "));
    }

    private static long lcm(long a, long b) {
        return a / gcd(a, b) * b;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
