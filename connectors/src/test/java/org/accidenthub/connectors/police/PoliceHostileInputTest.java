package org.accidenthub.connectors.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever bytes arrive, the connector answers with problems and never throws. */
class PoliceHostileInputTest {

    @Test
    void emptyBytesAreMalformedJson() {
        assertOnlyError(read(""), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void noBytesAtAllAreMalformedJson() {
        assertOnlyError(PoliceFiles.read((byte[]) null), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void onlyWhitespaceIsMalformedJson() {
        assertOnlyError(read(" \n\t "), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumn() {
        Conversion<AccidentRecord> conversion = read("{\n  \"formatVersion\": \"1.0\",\n  \"sender\": oops\n}");

        assertOnlyError(conversion, "", ProblemCode.MALFORMED_JSON);
        assertThat(conversion.errors().get(0).message()).startsWith("line 3, column ");
    }

    @Test
    void aTruncatedFileIsMalformedJson() {
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);

        assertOnlyError(PoliceFiles.read(Arrays.copyOf(example, example.length / 2)), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void contentAfterTheJsonValueIsMalformedJson() {
        assertOnlyError(read("{} {}"), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void numbersJsonDoesNotKnowAreMalformedJson() {
        assertOnlyError(read("{\"location\": {\"latitude\": NaN}}"), "", ProblemCode.MALFORMED_JSON);
    }

    @Test
    void anUnescapedControlCharacterIsMalformedJson() {
        assertOnlyError(read("{\"narrative\": \"a\u0001b\"}"), "", ProblemCode.MALFORMED_JSON);
    }

    @ParameterizedTest(name = "the root {0} is refused as not an object")
    @ValueSource(strings = {"[]", "\"file\"", "42", "null", "true"})
    void aRootThatIsNotAnObjectIsTheWrongType(String root) {
        assertOnlyError(read(root), "", ProblemCode.WRONG_TYPE);
    }

    @Test
    void deepNestingStopsAtTheLimit() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        Conversion<AccidentRecord> conversion = read("{\"extra\": " + deep + "}");

        assertThat(conversion.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("NESTING_TOO_DEEP");
            assertThat(problem.path()).startsWith("/extra/0/0/");
        });
    }

    @Test
    void sixtyFourLevelsOfNestingAreAllowed() {
        String sixtyThreeArrays = "[".repeat(63) + "]".repeat(63);

        assertThat(PoliceFiles.read(PoliceFiles.EXAMPLE, Mutation.set("/extra", sixtyThreeArrays)).errors()).isEmpty();
    }

    @Test
    void sixtyFiveLevelsOfNestingAreTooDeep() {
        String sixtyFourArrays = "[".repeat(64) + "]".repeat(64);

        assertThat(PoliceFiles.read(PoliceFiles.EXAMPLE, Mutation.set("/extra", sixtyFourArrays)).errors())
                .extracting(Problem::code).containsExactly("NESTING_TOO_DEEP");
    }

    @Test
    void aHugeStringIsTooLongAtItsPathWithoutBeingRead() {
        String huge = "a".repeat(500_000);

        assertOnlyError(read("{\"formatVersion\": \"1.0\", \"narrative\": \"" + huge + "\"}"),
                "/narrative", ProblemCode.TOO_LONG);
    }

    @Test
    void aNumberWithHundredsOfDigitsIsTooLong() {
        String digits = "9".repeat(500);

        assertOnlyError(read("{\"formatVersion\": \"1.0\", \"parties\": [{\"responsibilityShare\": " + digits + "}]}"),
                "/parties/0/responsibilityShare", ProblemCode.TOO_LONG);
    }

    @Test
    void aHugeExponentIsOutOfRangeNotAHang() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                Mutation.set("/location/latitude", "1e999999999"),
                Mutation.set("/parties/0/responsibilityShare", "1e999999999"));

        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("/location/latitude", "OUT_OF_RANGE"),
                tuple("/parties/0/responsibilityShare", "OUT_OF_RANGE"));
    }

    @Test
    void aFileLargerThanOneMebibyteIsRefusedUnread() {
        byte[] large = new byte[PoliceAccidentFileConnector.MAX_FILE_BYTES + 1];
        Arrays.fill(large, (byte) ' ');

        assertOnlyError(PoliceFiles.read(large), "", ProblemCode.FILE_TOO_LARGE);
    }

    @Test
    void aFileOfExactlyOneMebibyteIsRead() {
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);
        byte[] padded = Arrays.copyOf(example, PoliceAccidentFileConnector.MAX_FILE_BYTES);
        Arrays.fill(padded, example.length, padded.length, (byte) '\n');

        assertThat(PoliceFiles.read(padded).accepted()).isTrue();
    }

    @Test
    void aDuplicateKeyIsAProblemAtItsPathAndTheRestIsStillChecked() {
        String example = new String(PoliceFiles.bytes(PoliceFiles.EXAMPLE), StandardCharsets.UTF_8);
        String withDuplicates = example
                .replace("\"name\": \"张伟\",", "\"name\": \"张伟\", \"name\": \"张三\",")
                .replace("\"reportNumber\": \"4117022026000123\",",
                        "\"reportNumber\": \"4117022026000123\", \"reportNumber\": \"4117022026000999\",")
                .replace("LSVAU2A31N2123456", "LSVAU2A32N2123456");

        Conversion<AccidentRecord> conversion = read(withDuplicates);

        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("/reportNumber", "DUPLICATE_KEY"),
                tuple("/parties/0/name", "DUPLICATE_KEY"),
                tuple("/vehicles/0/vin", "VIN_CHECK_DIGIT"));
    }

    @Test
    void invalidUtf8IsAnEncodingProblem() {
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);
        byte[] broken = Arrays.copyOf(example, example.length);
        int narrative = new String(example, StandardCharsets.ISO_8859_1).indexOf("\"narrative\": \"") + 14;
        broken[narrative] = (byte) 0xC3;
        broken[narrative + 1] = (byte) 0x28;

        assertOnlyError(PoliceFiles.read(broken), "", ProblemCode.INVALID_ENCODING);
    }

    @Test
    void anUnpairedSurrogateEscapeIsAnEncodingProblemAtItsPath() {
        String example = new String(PoliceFiles.bytes(PoliceFiles.EXAMPLE), StandardCharsets.UTF_8);

        assertOnlyError(read(example.replace("\"name\": \"张伟\",", "\"name\": \"张\\ud800\",")),
                "/parties/0/name", ProblemCode.INVALID_ENCODING);
        assertOnlyError(read(example.replace("\"name\": \"张伟\",", "\"name\": \"张\\udc00伟\",")),
                "/parties/0/name", ProblemCode.INVALID_ENCODING);
        // a proper pair (U+1F697, an automobile) is one character and fine
        assertThat(read(example.replace("\"narrative\": \"", "\"narrative\": \"\\ud83d\\ude97 ")).accepted()).isTrue();
    }

    @Test
    void utf16IsAnEncodingProblem() {
        byte[] utf16 = new String(PoliceFiles.bytes(PoliceFiles.EXAMPLE), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.UTF_16);

        assertOnlyError(PoliceFiles.read(utf16), "", ProblemCode.INVALID_ENCODING);
    }

    @Test
    void aUtf8ByteOrderMarkIsIgnored() {
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);
        byte[] withBom = new byte[example.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(example, 0, withBom, 3, example.length);

        assertThat(PoliceFiles.read(withBom).accepted()).isTrue();
    }

    @Test
    void aSyntaxErrorMessageDoesNotEchoTheOffendingToken() {
        Conversion<AccidentRecord> conversion = read("{\"formatVersion\": \"1.0\", \"id\": zhang411702198503141230}");

        assertThat(conversion.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).doesNotContain("411702198503141230"));
    }

    @Test
    void mismatchMessagesDoNotEchoPersonalData() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                Mutation.set("/parties/0/birthDate", "\"1985-03-15\""));

        assertThat(conversion.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).doesNotContain("1985"));
    }

    private static Conversion<AccidentRecord> read(String text) {
        return PoliceFiles.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertOnlyError(Conversion<AccidentRecord> conversion, String path, ProblemCode code) {
        assertThat(conversion.accepted()).isFalse();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code.name()));
    }
}
