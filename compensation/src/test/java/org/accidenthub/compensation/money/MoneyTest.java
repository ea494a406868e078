package org.accidenthub.compensation.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({"0.005, 0.01", "2.345, 2.35", "2.3449, 2.34", "40000.005, 40000.01", "1, 1.00"})
    void roundsHalfUpToTheFen(String exact, String rounded) {
        assertThat(Money.round(new BigDecimal(exact))).isEqualTo(new BigDecimal(rounded));
    }

    @ParameterizedTest(name = "{0} is shown as {1}")
    @CsvSource(delimiter = ';', value = {"41000; 41,000.00", "1234567.5; 1,234,567.50", "0.1; 0.10"})
    void formatsWithThousandsSeparatorsAndTwoDecimals(String amount, String shown) {
        assertThat(Money.format(new BigDecimal(amount))).isEqualTo(shown);
    }
}
