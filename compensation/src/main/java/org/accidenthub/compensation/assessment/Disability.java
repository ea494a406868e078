package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The disability from the appraisal report: a grade 1–10 (grade 1 the most severe), or an
 * explicit coefficient when the appraisal combines several disabilities — the rule for
 * combining grades is not settled here, so the appraiser's coefficient is taken as given.
 *
 * @param grade       1..10, or null when a coefficient is given
 * @param coefficient 0 &lt; c ≤ 1, or null when a grade is given
 */
public record Disability(Integer grade, BigDecimal coefficient) {

    public static Disability grade(int grade) {
        return new Disability(grade, null);
    }

    public static Disability coefficient(BigDecimal coefficient) {
        return new Disability(null, coefficient);
    }

    public Optional<Integer> gradeGiven() {
        return Optional.ofNullable(grade);
    }

    public Optional<BigDecimal> coefficientGiven() {
        return Optional.ofNullable(coefficient);
    }
}
