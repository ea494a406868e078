package org.accidenthub.compensation.money;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProRataTest {

    @Test
    void aThreeWaySplitAddsUpToTheFenWithTheLeftoverGoingToTheFirst() {
        // 100.00 ÷ 3 = 33.333...: floors 33.33 × 3 = 99.99, the 1 fen left goes to the first (tie)
        assertThat(ProRata.allocate(cny("100.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)))
                .containsExactly(cny("33.34"), cny("33.33"), cny("33.33"));
    }

    @Test
    void leftoverFenGoToTheLargestRemainders() {
        // 1.00 by 1 : 1 : 4 → 0.1666, 0.1666, 0.6666: floors 0.16 + 0.16 + 0.66 = 0.98, 2 fen left;
        // remainders are equal (2/3 fen each), so the first two get one each
        assertThat(ProRata.allocate(cny("1.00"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(4))))
                .containsExactly(cny("0.17"), cny("0.17"), cny("0.66"));
    }

    @Test
    void largerRemainderWinsOverEarlierPosition() {
        // 0.10 by 1 : 2 → 0.0333, 0.0666: floors 0.03 + 0.06, the fen goes to the second (2/3 > 1/3)
        assertThat(ProRata.allocate(cny("0.10"), List.of(BigDecimal.ONE, BigDecimal.valueOf(2))))
                .containsExactly(cny("0.03"), cny("0.07"));
    }

    @Test
    void aLimitSharedByClaimsNeverPaysAClaimMoreThanItAsked() {
        List<BigDecimal> claims = List.of(cny("0.01"), cny("0.01"), cny("999.98"));
        List<BigDecimal> parts = ProRata.allocate(cny("500.00"), claims);
        assertThat(parts).hasSize(3);
        for (int i = 0; i < claims.size(); i++) {
            assertThat(parts.get(i)).isLessThanOrEqualTo(claims.get(i));
        }
        assertThat(Money.sum(parts)).isEqualByComparingTo("500.00");
    }

    @Test
    void refusesWeightsThatAreAllZero() {
        assertThatThrownBy(() -> ProRata.allocate(cny("1.00"), List.of(BigDecimal.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
