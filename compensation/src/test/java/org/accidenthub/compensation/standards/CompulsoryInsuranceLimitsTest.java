package org.accidenthub.compensation.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.accidenthub.compensation.Problem;
import org.junit.jupiter.api.Test;

class CompulsoryInsuranceLimitsTest {

    private static final CompulsoryInsuranceLimits DEFAULTS = CompulsoryInsuranceLimits.defaults();

    @Test
    void theDayBeforeTheReformUsesThe2008Limits() {
        CompulsoryLimitSet limits = DEFAULTS.inForceOn(LocalDate.of(2020, 9, 18));

        assertThat(limits.atFault()).isEqualTo(subLimits("110000.00", "10000.00", "2000.00"));
        assertThat(limits.noFault()).isEqualTo(subLimits("11000.00", "1000.00", "100.00"));
    }

    @Test
    void theReformDayUsesThe2020Limits() {
        CompulsoryLimitSet limits = DEFAULTS.inForceOn(LocalDate.of(2020, 9, 19));

        assertThat(limits.atFault()).isEqualTo(subLimits("180000.00", "18000.00", "2000.00"));
        assertThat(limits.noFault()).isEqualTo(subLimits("18000.00", "1800.00", "100.00"));
    }

    @Test
    void aDriverWithoutFaultGetsTheNoFaultLimits() {
        CompulsoryLimitSet limits = DEFAULTS.inForceOn(LocalDate.of(2026, 1, 1));

        assertThat(limits.forLiabilityShare(0)).isEqualTo(limits.noFault());
        assertThat(limits.forLiabilityShare(10)).isEqualTo(limits.atFault());
    }

    @Test
    void anAccidentOlderThanEveryRowHasNoLimitsAndSaysSo() {
        assertThatThrownBy(() -> DEFAULTS.inForceOn(LocalDate.of(2007, 12, 31)))
                .isInstanceOfSatisfying(MissingStandardException.class,
                        e -> assertThat(e.accidentDate()).contains(LocalDate.of(2007, 12, 31)))
                .hasMessageContaining("compulsory-insurance limits in force on 2007-12-31");
    }

    @Test
    void aNewReformIsANewRowNotNewCode() {
        CompulsoryInsuranceLimits table = CompulsoryInsuranceLimits.read(new StringReader("""
                2020-09-19,180000.00,18000.00,2000.00,18000.00,1800.00,100.00
                2030-01-01,250000.00,25000.00,3000.00,25000.00,2500.00,150.00
                """), "future.csv");

        assertThat(table.inForceOn(LocalDate.of(2029, 12, 31)).atFault().deathDisability()).isEqualByComparingTo("180000");
        assertThat(table.inForceOn(LocalDate.of(2030, 1, 1)).atFault().deathDisability()).isEqualByComparingTo("250000");
    }

    @Test
    void aBadLimitsFileReportsEveryLine() {
        assertThatThrownBy(() -> CompulsoryInsuranceLimits.read(new StringReader("""
                2020-19-09,180000.00,18000.00,2000.00,18000.00,1800.00,100.00
                2021-01-01,180000.00,18000.00
                """), "bad.csv"))
                .isInstanceOfSatisfying(StandardsFormatException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(
                                tuple("bad.csv:1", "DATE_INVALID"),
                                tuple("bad.csv:2", "COLUMN_COUNT")));
    }

    private static SubLimits subLimits(String deathDisability, String medical, String property) {
        return new SubLimits(new BigDecimal(deathDisability), new BigDecimal(medical), new BigDecimal(property));
    }
}
