package org.accidenthub.compensation.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import org.accidenthub.compensation.Problem;
import org.junit.jupiter.api.Test;

class RegionalStandardsCsvTest {

    private static final ProvinceCode HENAN = ProvinceCode.of("410000");

    @Test
    void readsRowsSkippingCommentsBlankLinesAndTheHeader() {
        RegionalStandards standards = RegionalStandardsCsv.read(new StringReader("""
                # Henan, illustrative
                province,year,item,amount

                410000,2025,URBAN_DISPOSABLE_INCOME_PER_CAPITA,41000.00
                410000,2025,HOSPITAL_MEAL_ALLOWANCE_PER_DAY,100
                """), "henan.csv");

        assertThat(standards.amount(HENAN, 2025, StandardItem.URBAN_DISPOSABLE_INCOME)).isEqualByComparingTo("41000");
        assertThat(standards.amount(HENAN, 2025, StandardItem.HOSPITAL_MEAL_ALLOWANCE)).isEqualByComparingTo("100");
    }

    @Test
    void acceptsTheTwoDigitProvincePrefix() {
        RegionalStandards standards = RegionalStandardsCsv.read(
                new StringReader("41,2025,AVERAGE_EMPLOYEE_WAGE,80000.00\n"), "prefix.csv");

        assertThat(standards.amount(HENAN, 2025, StandardItem.AVERAGE_EMPLOYEE_WAGE)).isEqualByComparingTo("80000");
    }

    @Test
    void acceptsItemsTheCalculatorDoesNotKnowYet() {
        RegionalStandards standards = RegionalStandardsCsv.read(
                new StringReader("410000,2025,RURAL_CARER_RATE_PER_DAY,120.00\n"), "new-item.csv");

        assertThat(standards.amount(HENAN, 2025, new StandardItem("RURAL_CARER_RATE_PER_DAY")))
                .isEqualByComparingTo(new BigDecimal("120"));
    }

    @Test
    void reportsEveryBadLineWithItsLineNumber() {
        String csv = """
                province,year,item,amount
                410000,2025,URBAN_DISPOSABLE_INCOME_PER_CAPITA,41000.00
                4100,2025,URBAN_CONSUMPTION_PER_CAPITA,26000.00
                # a comment counts as a line
                410000,25,average wage,-5
                410000,2025,AVERAGE_EMPLOYEE_WAGE
                """;

        assertThatThrownBy(() -> RegionalStandardsCsv.read(new StringReader(csv), "bad.csv"))
                .isInstanceOfSatisfying(StandardsFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(
                                tuple("bad.csv:3", "PROVINCE_INVALID"),
                                tuple("bad.csv:5", "YEAR_INVALID"),
                                tuple("bad.csv:5", "ITEM_INVALID"),
                                tuple("bad.csv:5", "AMOUNT_INVALID"),
                                tuple("bad.csv:6", "COLUMN_COUNT")))
                .hasMessageContaining("bad.csv:3");
    }

    @Test
    void refusesTheSameItemTwiceForOneProvinceAndYear() {
        String csv = """
                410000,2025,AVERAGE_EMPLOYEE_WAGE,80000.00
                410000,2025,AVERAGE_EMPLOYEE_WAGE,81000.00
                """;

        assertThatThrownBy(() -> RegionalStandardsCsv.read(new StringReader(csv), "dup.csv"))
                .isInstanceOfSatisfying(StandardsFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(tuple("dup.csv:2", "DUPLICATE_STANDARD")));
    }
}
