package org.accidenthub.connectors.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

    @ParameterizedTest(name = "{0} is shaped like a GB/T 2260 code")
    @ValueSource(strings = {"110000", "110105", "411702", "411724", "650102", "710000", "810000", "820000"})
    void knownGoodCodesAreValid(String code) {
        assertThat(DivisionCode.isValid(code)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is not a division code")
    @NullSource
    @ValueSource(strings = {
        "", "000000", "41170", "4117021", "41170a", " 411702", "４１１７０２",
        "101234", "191234", "241234", "831234", "991702" // no such province-level code
    })
    void malformedCodesAreRefused(String code) {
        assertThat(DivisionCode.isValid(code)).isFalse();
    }
}
