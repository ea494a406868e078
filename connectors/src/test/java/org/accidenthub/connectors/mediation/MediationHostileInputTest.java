package org.accidenthub.connectors.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.accidenthub.connectors.spi.Conversion;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever bytes arrive, the connector answers with problems at the message's root and never throws. */
class MediationHostileInputTest {

    @Test
    void moreBytesThanTheCapAreRefusedBeforeParsing() {
        byte[] oversized = new byte[MediationFormat.MAX_MESSAGE_BYTES + 1];

        MediationRulesTest.assertOnlyError(MediationFiles.CONNECTOR.read(oversized, MediationFiles.CONTEXT), "",
                "MESSAGE_TOO_LARGE");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "   ", "{", "{\"type\": SESSION}", "{} {}", "{\"a\": NaN}"})
    void malformedJsonIsReportedAtTheRoot(String json) {
        MediationRulesTest.assertOnlyError(read(json), "", "MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[]", "\"SESSION\"", "42", "null"})
    void aRootThatIsNotAnObjectIsTheWrongType(String json) {
        MediationRulesTest.assertOnlyError(read(json), "", "WRONG_TYPE");
    }

    @Test
    void aRepeatedKeyIsADuplicateAtItsPath() {
        String session = MediationFiles.text("session.json").replace("\"outcome\": \"ADJOURNED\",",
                "\"outcome\": \"ADJOURNED\", \"outcome\": \"AGREED\",");

        MediationRulesTest.assertOnlyError(read(session), "/outcome", "DUPLICATE_KEY");
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        Conversion<SpecificRecord> conversion = read("{\"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");

        assertThat(conversion.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("NESTING_TOO_DEEP"));
    }

    @Test
    void aStringFarBeyondAnyFieldIsTooLong() {
        Conversion<SpecificRecord> conversion = read("{\"summary\": \"" + "长".repeat(2 * MediationFormat.MAX_TEXT_LENGTH + 1)
                + "\"}");

        assertThat(conversion.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.code()).isEqualTo("TOO_LONG"));
    }

    @Test
    void bytesThatAreNotUtf8AreAnInvalidEncoding() {
        byte[] gbk = "{\"name\": \"李娜\"}".getBytes(java.nio.charset.Charset.forName("GBK"));

        MediationRulesTest.assertOnlyError(MediationFiles.CONNECTOR.read(gbk, MediationFiles.CONTEXT), "",
                "INVALID_ENCODING");
    }

    @Test
    void noBytesAtAllAreMalformed() {
        MediationRulesTest.assertOnlyError(MediationFiles.CONNECTOR.read(null, MediationFiles.CONTEXT), "",
                "MALFORMED_JSON");
    }

    @Test
    void aSummaryLongerThanItsRuleIsTooLongAtItsPath() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("session.json",
                message -> message.put("summary", "长".repeat(MediationFormat.MAX_TEXT_LENGTH + 1)));

        MediationRulesTest.assertOnlyError(conversion, "/summary", "TOO_LONG");
    }

    private static Conversion<SpecificRecord> read(String json) {
        return MediationFiles.CONNECTOR.read(json.getBytes(StandardCharsets.UTF_8), MediationFiles.CONTEXT);
    }
}
