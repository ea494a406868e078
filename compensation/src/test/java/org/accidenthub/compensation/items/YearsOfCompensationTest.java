package org.accidenthub.compensation.items;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearsOfCompensationTest {

    @ParameterizedTest(name = "age {0} → {1} years")
    @CsvSource({
        "0, 20",
        "59, 20",   // under 60: 20
        "60, 20",   // 20 − (60 − 60) = 20
        "61, 19",   // 20 − (61 − 60) = 19
        "65, 15",   // 20 − (65 − 60) = 15
        "74, 6",    // 20 − (74 − 60) = 6
        "75, 5",    // from 75: fixed 5
        "80, 5"     // from 75: fixed 5
    })
    void followsTheAgeRule(int age, int years) {
        assertThat(YearsOfCompensation.forAge(age)).isEqualTo(years);
    }

    @Test
    void theTwoRulesMeetAt75WithoutAJump() {
        for (int age = 60; age < 75; age++) {
            assertThat(YearsOfCompensation.forAge(age) - YearsOfCompensation.forAge(age + 1)).isEqualTo(1);
        }
        assertThat(YearsOfCompensation.forAge(75)).isEqualTo(YearsOfCompensation.forAge(76));
    }

    @Test
    void explainsTheRuleWithTheNumbers() {
        assertThat(YearsOfCompensation.explain(65)).isEqualTo("age 65: 20 − (65 − 60) = 15 years");
    }
}
