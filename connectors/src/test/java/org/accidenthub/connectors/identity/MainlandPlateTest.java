package org.accidenthub.connectors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainlandPlateTest {

    @ParameterizedTest(name = "{0} is a mainland plate")
    @ValueSource(strings = {
        "豫Q12345", "京A0B1C2", "琼F99999", "藏AZ0001",
        "苏E1234学", "粤Z1234港", "粤Z1234澳", "京A1234警", "鲁B1234挂",
        "豫QD67890", "沪AFA1234", "粤BA12345", "浙AK98765", // small new-energy (D, F; A-E, G-K since 2021)
        "粤B12345D", "川A00001F"                             // large new-energy: series letter last
    })
    void knownGoodPlatesAreValid(String plate) {
        assertThat(MainlandPlate.isValid(plate)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a mainland plate")
    @NullSource
    @ValueSource(strings = {
        "", "豫Q1234", "豫Q1234567", "豫q12345", "豫 Q12345", "豫Q·12345",
        "台A12345", "港A12345", "使012345", "WJ12345",  // not one of the 31 mainland provinces
        "豫I12345", "豫O12345",                         // no I or O as the authority letter
        "豫QO1234", "豫Q1I234",                         // nor in the serial
        "豫QD1234A", "豫QZ12345", "豫Q1234DD", "豫QL12345" // 6 characters only in a new-energy shape
    })
    void malformedPlatesAreRefused(String plate) {
        assertThat(MainlandPlate.isValid(plate)).isFalse();
    }

    @Test
    void aPlateIsReadIntoItsParts() {
        assertThat(MainlandPlate.parse("豫QD67890")).contains(new MainlandPlate('豫', 'Q', "D67890", true));
        assertThat(MainlandPlate.parse("豫Q12345")).contains(new MainlandPlate('豫', 'Q', "12345", false));
    }

    @Test
    void thereAreThirtyOneProvinceAbbreviations() {
        assertThat(MainlandPlate.PROVINCES.codePoints().distinct().count()).isEqualTo(31);
    }
}
