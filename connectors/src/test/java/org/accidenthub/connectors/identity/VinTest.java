package org.accidenthub.connectors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class VinTest {

    @ParameterizedTest(name = "{0} is a valid VIN")
    @ValueSource(strings = {
        "1M8GDM9AXKP042788", // the classic example with check digit X
        "11111111111111111", // all ones: the weighted sum is 89, remainder 1
        "1HGCM82633A004352",
        "LSVAU2A31N2123456", // from the partner spec's example
        "LGBH52E01KY123456"
    })
    void knownGoodVinsAreValid(String vin) {
        assertThat(Vin.defect(vin)).isEmpty();
        assertThat(Vin.isValid(vin)).isTrue();
    }

    @Test
    void theCheckDigitIsTheWeightedSumModuloElevenWithTenWrittenX() {
        assertThat(Vin.checkDigit("1M8GDM9A0KP042788")).isEqualTo('X');
        assertThat(Vin.checkDigit("1HGCM82603A004352")).isEqualTo('3');
    }

    @ParameterizedTest(name = "{0} has a wrong check digit")
    @ValueSource(strings = {"1M8GDM9A1KP042788", "LSVAU2A32N2123456", "11111111X11111111"})
    void aWrongCheckDigitIsFound(String vin) {
        assertThat(Vin.defect(vin)).contains(Vin.Defect.CHECK_DIGIT);
    }

    @ParameterizedTest(name = "\"{0}\" is not shaped like a VIN")
    @NullSource
    @ValueSource(strings = {
        "", "1M8GDM9AXKP04278", "1M8GDM9AXKP0427888",
        "1M8GDM9AXKP0427I8", "1M8GDM9AXKP0427O8", "1M8GDM9AXKP0427Q8", // I, O and Q are never used
        "1m8gdm9axkp042788", "1M8GDM9AXKP04278-"
    })
    void aWrongShapeIsAFormatDefect(String vin) {
        assertThat(Vin.defect(vin)).contains(Vin.Defect.FORMAT);
    }
}
