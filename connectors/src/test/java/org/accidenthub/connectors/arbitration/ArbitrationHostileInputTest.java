package org.accidenthub.connectors.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever bytes arrive, the connector answers with problems, never throws, never reads a file or
 * the network, never expands an entity, and never echoes what it refused (OWASP XXE Prevention).
 */
@Timeout(10)
class ArbitrationHostileInputTest {

    private static final String ROOT_OPEN = "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\">";

    @Test
    void anExternalEntityReadingEtcPasswdIsRefusedAsADoctype() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE award [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                """ + ArbitrationFiles.text("award.xml").substring(ArbitrationFiles.text("award.xml").indexOf("<award"))
                .replace("<reasons>", "<reasons>&xxe;"));

        assertOnlyError(conversion, "/", "DOCTYPE_NOT_ALLOWED");
        assertNothingLeaked(conversion, "root:");
    }

    @Test
    void anExternalDtdIsRefusedWithoutBeingFetched() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read("""
                <?xml version="1.0"?>
                <!DOCTYPE award SYSTEM "http://127.0.0.1:9/award.dtd">
                """ + ROOT_OPEN + "</award>");

        assertOnlyError(conversion, "/", "DOCTYPE_NOT_ALLOWED");
    }

    @Test
    void anExternalParameterEntityIsRefusedWithoutBeingFetched() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read("""
                <!DOCTYPE award [ <!ENTITY % remote SYSTEM "file:///etc/passwd"> %remote; ]>
                """ + ROOT_OPEN + "</award>");

        assertThat(conversion.record()).isNull();
        assertThat(conversion.errors()).extracting(Problem::code).containsAnyOf("DOCTYPE_NOT_ALLOWED", "MALFORMED_XML");
        assertNothingLeaked(conversion, "root:");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE award [ <!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");

        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(doctype + ROOT_OPEN
                + "<reasons>&lol9;</reasons></award>");

        assertOnlyError(conversion, "/", "DOCTYPE_NOT_ALLOWED");
    }

    @Test
    void quadraticBlowupIsRefusedBeforeAnyExpansion() {
        String big = "x".repeat(50_000);
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read("<!DOCTYPE award [<!ENTITY a \"" + big + "\">]>"
                + ROOT_OPEN + "<reasons>" + "&a;".repeat(40_000) + "</reasons></award>");

        assertOnlyError(conversion, "/", "DOCTYPE_NOT_ALLOWED");
    }

    @Test
    void anUndeclaredEntityIsNotWellFormed() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(ROOT_OPEN + "<reasons>&secret;</reasons></award>");

        assertThat(conversion.record()).isNull();
        assertThat(conversion.errors()).extracting(Problem::code).containsAnyOf("MALFORMED_XML", "ENTITY_NOT_ALLOWED");
        assertNothingLeaked(conversion, "secret");
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesAreRead() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(
                ArbitrationFiles.awardWith("reasons", ArbitrationFiles.reasons(), "a &lt;b&gt; &amp; &#x674E;&#23068;"));

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.requireRecord().getReasons()).isEqualTo("a <b> & 李娜");
    }

    @Test
    void anXIncludeIsNotProcessedButWarnedAboutAsAnUnknownElement() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(ArbitrationFiles.awardReplacing("<reasons>",
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>"
                        + "<reasons>"));

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("/award/include", "UNKNOWN_ELEMENT"));
        assertThat(ArbitrationFiles.canonical(conversion.requireRecord()).toString()).doesNotContain("root:");
    }

    @Test
    void moreBytesThanTheCapAreRefusedBeforeParsing() {
        byte[] oversized = new byte[ArbitrationAwardConnector.MAX_MESSAGE_BYTES + 1];
        Arrays.fill(oversized, (byte) '<'); // would be malformed, but is never parsed

        assertOnlyError(ArbitrationFiles.CONNECTOR.read(oversized, ArbitrationFiles.CONTEXT), "/", "MESSAGE_TOO_LARGE");
    }

    @Test
    void deepNestingStopsAtTheLimitWithThePathReached() {
        String deep = "<x>".repeat(10_000) + "</x>".repeat(10_000);

        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(ROOT_OPEN + deep + "</award>");

        assertThat(conversion.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("NESTING_TOO_DEEP");
            assertThat(problem.path()).isEqualTo("/award" + "/x".repeat(SafeXmlReader.MAX_DEPTH));
        });
    }

    @Test
    void tooManyElementsStopReading() {
        String many = "<payment/>".repeat(SafeXmlReader.MAX_ELEMENTS);

        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(ROOT_OPEN + "<payments>" + many
                + "</payments></award>");

        assertThat(conversion.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("TOO_MANY_ELEMENTS");
            assertThat(problem.path()).isEqualTo("/award/payments/payment[" + (SafeXmlReader.MAX_ELEMENTS - 1) + "]");
        });
    }

    @Test
    void tooManyAttributesAreRefused() {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i <= SafeXmlReader.MAX_ATTRIBUTES; i++) {
            attributes.append(" a").append(i).append("=\"1\"");
        }

        assertOnlyError(ArbitrationFiles.read(ROOT_OPEN + "<reasons" + attributes + "/></award>"), "/award/reasons",
                "TOO_MANY_ATTRIBUTES");
    }

    @Test
    void anOverlongElementNameIsRefused() {
        String name = "n".repeat(SafeXmlReader.MAX_NAME_LENGTH + 1);

        assertOnlyError(ArbitrationFiles.read(ROOT_OPEN + "<" + name + "/></award>"), "/award", "TOO_LONG");
    }

    @Test
    void textFarBeyondAnyFieldStopsReadingAtItsElement() {
        String award = ArbitrationFiles.awardWith("reasons", ArbitrationFiles.reasons(),
                "很".repeat(2 * SafeXmlReader.MAX_TEXT_LENGTH + 1));

        assertOnlyError(ArbitrationFiles.read(award), "/award/reasons", "TOO_LONG");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "",
        "   ",
        "not xml",
        "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\">",
        "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\"></reasons></award>",
        "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\"/><award/>",
        "<award formatVersion=\"1.0\" formatVersion=\"1.0\"/>",
        "<a:award xmlns=\"urn:accidenthub:arbitration:1\"/>",
        "<award>\u0001</award>"
    })
    void malformedXmlIsReportedAtTheDocument(String xml) {
        assertOnlyError(ArbitrationFiles.read(xml), "/", "MALFORMED_XML");
    }

    @Test
    void aTruncatedAwardIsMalformed() {
        byte[] award = ArbitrationFiles.bytes("award.xml");

        assertOnlyError(ArbitrationFiles.CONNECTOR.read(Arrays.copyOf(award, award.length / 2), ArbitrationFiles.CONTEXT),
                "/", "MALFORMED_XML");
    }

    @Test
    void aSyntaxErrorIsReportedWithItsLineAndColumnButNotItsContent() {
        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(ROOT_OPEN + "\n<reasons>张伟 110101199001011234</oops>");

        assertOnlyError(conversion, "/", "MALFORMED_XML");
        assertThat(conversion.errors().get(0).message()).startsWith("line 2, column ");
        assertNothingLeaked(conversion, "110101199001011234");
        assertNothingLeaked(conversion, "oops");
    }

    @Test
    void noBytesAtAllAreMalformed() {
        assertOnlyError(ArbitrationFiles.CONNECTOR.read(null, ArbitrationFiles.CONTEXT), "/", "MALFORMED_XML");
    }

    @Test
    void bytesThatAreNotUtf8AreAnInvalidEncoding() {
        byte[] gbk = "<award>\u674e\u5a1c</award>".getBytes(java.nio.charset.Charset.forName("GBK"));

        assertOnlyError(ArbitrationFiles.CONNECTOR.read(gbk, ArbitrationFiles.CONTEXT), "/", "INVALID_ENCODING");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "<?xml version=\"1.0\" encoding=\"GBK\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
        "<?xml version=\"1.1\" encoding=\"UTF-8\"?>"
    })
    void anotherEncodingOrXmlVersionIsAnUnsupportedDeclaration(String declaration) {
        assertOnlyError(ArbitrationFiles.read(declaration + ROOT_OPEN + "</award>"), "/", "UNSUPPORTED_XML_DECLARATION");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] award = ArbitrationFiles.bytes("award.xml");
        byte[] withBom = new byte[award.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(award, 0, withBom, 3, award.length);

        assertThat(ArbitrationFiles.CONNECTOR.read(withBom, ArbitrationFiles.CONTEXT).accepted()).isTrue();
    }

    @Test
    void aMessageAtTheByteCapIsParsedQuickly() {
        String filler = "<!--" + "c".repeat(ArbitrationAwardConnector.MAX_MESSAGE_BYTES - 200) + "-->";
        long started = System.nanoTime();

        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(filler + ROOT_OPEN + "</award>");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(conversion.errors()).extracting(Problem::code).contains("REQUIRED").doesNotContain("MESSAGE_TOO_LARGE");
    }

    private static void assertOnlyError(Conversion<ArbitrationAward> conversion, String path, String code) {
        ArbitrationAwardRulesTest.assertOnlyError(conversion, path, code);
    }

    private static void assertNothingLeaked(Conversion<ArbitrationAward> conversion, String secret) {
        assertThat(conversion.errors()).extracting(Problem::message).noneMatch(message -> message.contains(secret));
        assertThat(new String(String.valueOf(conversion.record()).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain(secret);
    }
}
