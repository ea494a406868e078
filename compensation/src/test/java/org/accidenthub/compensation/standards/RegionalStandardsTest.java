package org.accidenthub.compensation.standards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionalStandardsTest {

    private static final ProvinceCode HENAN = ProvinceCode.of("410000");
    private static final RegionalStandards TABLE = RegionalStandards.of(new RegionalStandard(HENAN, 2025,
            Map.of(StandardItem.URBAN_DISPOSABLE_INCOME, new BigDecimal("41000.00"))));

    @Test
    void aMissingItemIsAnErrorNamingProvinceYearAndItem() {
        assertThatThrownBy(() -> TABLE.amount(HENAN, 2025, StandardItem.URBAN_CONSUMPTION))
                .isInstanceOfSatisfying(MissingStandardException.class, e -> {
                    assertThat(e.province()).contains(HENAN);
                    assertThat(e.year()).hasValue(2025);
                    assertThat(e.item()).contains(StandardItem.URBAN_CONSUMPTION);
                })
                .hasMessageContaining("URBAN_CONSUMPTION_PER_CAPITA")
                .hasMessageContaining("410000")
                .hasMessageContaining("2025");
    }

    @Test
    void anotherYearIsNotGuessedFromTheOneLoaded() {
        assertThatThrownBy(() -> TABLE.amount(HENAN, 2024, StandardItem.URBAN_DISPOSABLE_INCOME))
                .isInstanceOf(MissingStandardException.class)
                .hasMessageContaining("statistical year 2024");
    }

    @Test
    void rowsOfOneProvinceAndYearAreMerged() {
        RegionalStandards merged = RegionalStandards.of(
                new RegionalStandard(HENAN, 2025, Map.of(StandardItem.URBAN_DISPOSABLE_INCOME, BigDecimal.ONE)),
                new RegionalStandard(HENAN, 2025, Map.of(StandardItem.URBAN_CONSUMPTION, BigDecimal.TEN)));

        assertThat(merged.amount(HENAN, 2025, StandardItem.URBAN_CONSUMPTION)).isEqualByComparingTo("10");
    }

    @Test
    void aCityPublishingItsOwnFiguresHasItsOwnCode() {
        ProvinceCode shenzhen = ProvinceCode.of("440300");

        assertThat(shenzhen).isNotEqualTo(ProvinceCode.provinceOf("440304"));
        assertThat(ProvinceCode.provinceOf("411702")).isEqualTo(HENAN);
    }

    @Test
    void aCountyCodeIsNotAProvinceCode() {
        assertThatThrownBy(() -> ProvinceCode.of("411702")).isInstanceOf(IllegalArgumentException.class);
    }
}
