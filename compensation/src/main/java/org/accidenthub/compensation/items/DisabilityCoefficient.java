package org.accidenthub.compensation.items;

import java.math.BigDecimal;
import java.util.Objects;
import org.accidenthub.compensation.assessment.Disability;

/**
 * The share of work capacity lost (伤残系数): grade 1 = 100%, each grade 10% less, grade 10 = 10%
 * (SPC art. 12; grades per the national appraisal standard for personal injury). Several
 * disabilities: how grades combine is not settled here, so the appraiser's explicit coefficient
 * is used as given.
 *
 * @param value       0 &lt; value ≤ 1
 * @param description where it comes from, e.g. "grade 9" or "explicit coefficient from the appraisal"
 */
public record DisabilityCoefficient(BigDecimal value, String description) {

    public DisabilityCoefficient {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a disability coefficient is above 0 and at most 1: " + value);
        }
    }

    /** Grade 1 → 1.0 ... grade 10 → 0.1. */
    public static DisabilityCoefficient ofGrade(int grade) {
        if (grade < 1 || grade > 10) {
            throw new IllegalArgumentException("disability grade must be 1..10: " + grade);
        }
        return new DisabilityCoefficient(BigDecimal.valueOf(11 - grade, 1), "grade " + grade);
    }

    /** An explicit coefficient from the appraisal report (e.g. several disabilities combined). */
    public static DisabilityCoefficient explicit(BigDecimal value) {
        return new DisabilityCoefficient(value, "explicit coefficient from the appraisal");
    }

    /** The coefficient of an appraised disability (grade or explicit). */
    public static DisabilityCoefficient of(Disability disability) {
        return disability.gradeGiven().map(DisabilityCoefficient::ofGrade)
                .orElseGet(() -> explicit(disability.coefficient()));
    }

    /** "20%", "23.5%". */
    public String percent() {
        return value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
