package org.accidenthub.compensation.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DisabilityCoefficientTest {

    @ParameterizedTest(name = "grade {0} → {1}")
    @CsvSource({"1, 1.0", "2, 0.9", "3, 0.8", "4, 0.7", "5, 0.6", "6, 0.5", "7, 0.4", "8, 0.3", "9, 0.2", "10, 0.1"})
    void eachGradeIsTenPercentLessThanTheOneAbove(int grade, String coefficient) {
        assertThat(DisabilityCoefficient.ofGrade(grade).value()).isEqualByComparingTo(coefficient);
    }

    @ParameterizedTest(name = "grade {0} is refused")
    @ValueSource(ints = {0, 11})
    void gradesOutside1To10AreRefused(int grade) {
        assertThatThrownBy(() -> DisabilityCoefficient.ofGrade(grade)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExplicitCoefficientFromTheAppraisalIsUsedAsGiven() {
        DisabilityCoefficient combined = DisabilityCoefficient.explicit(new BigDecimal("0.235"));

        assertThat(combined.value()).isEqualByComparingTo("0.235");
        assertThat(combined.percent()).isEqualTo("23.5%");
    }
}
