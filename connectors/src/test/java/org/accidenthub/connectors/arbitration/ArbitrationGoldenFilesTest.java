package org.accidenthub.connectors.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both directions against golden files: a canonical referral writes exactly {@code referral*.xml};
 * each {@code award*.xml} reads to exactly its {@code .canonical.json}.
 */
class ArbitrationGoldenFilesTest {

    @Test
    void aFullReferralWritesExactlyTheGoldenXml() {
        assertThat(text(ArbitrationFiles.WRITER.write(ArbitrationFiles.fullReferral())))
                .isEqualTo(ArbitrationFiles.text("referral.xml"));
    }

    @Test
    void aReferralWithOnlyRequiredPartsLeavesTheOptionalElementsOut() {
        assertThat(text(ArbitrationFiles.WRITER.write(ArbitrationFiles.minimalReferral())))
                .isEqualTo(ArbitrationFiles.text("referral-minimal.xml"));
    }

    @ParameterizedTest(name = "{0}.xml reads to its golden canonical award")
    @ValueSource(strings = {
        "award",            // tribunal of three, two payments, CDATA, amounts without two decimals, upper-case hash
        "award-dismissed"   // required elements only, a prefixed namespace, awardedAt in UTC
    })
    void anAwardReadsToItsGoldenCanonicalRecord(String name) {
        Conversion<ArbitrationAward> conversion =
                ArbitrationFiles.CONNECTOR.read(ArbitrationFiles.bytes(name + ".xml"), ArbitrationFiles.CONTEXT);

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).isEmpty();
        assertThat(ArbitrationFiles.canonical(conversion.requireRecord()))
                .isEqualTo(ArbitrationFiles.json(name + ".canonical.json"));
    }

    @Test
    void aWrittenReferralPassesTheHardenedReaderWithoutAProblem() {
        ProblemCollector problems = new ProblemCollector();

        var root = new SafeXmlReader(problems, Set.of("party", "claim", "responsibility", "document"))
                .read(ArbitrationFiles.WRITER.write(ArbitrationFiles.fullReferral()));

        assertThat(problems.errors()).isEmpty();
        assertThat(root).hasValueSatisfying(referral -> {
            assertThat(referral.name()).isEqualTo("referral");
            assertThat(referral.namespace()).isEqualTo(ArbitrationXml.NAMESPACE);
        });
    }

    @Test
    void charactersXmlCannotCarryAreWrittenAsReplacementCharacters() {
        ArbitrationReferral referral = ArbitrationFiles.minimalReferral("追尾\u0001\u0008\uFFFE后\uD800逃逸");

        String xml = text(ArbitrationFiles.WRITER.write(referral));

        assertThat(xml).contains("<narrative>追尾\uFFFD\uFFFD\uFFFD后\uFFFD逃逸</narrative>");
        ProblemCollector problems = new ProblemCollector();
        new SafeXmlReader(problems, Set.of()).read(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void markupInTextIsEscapedNotInterpreted() {
        ArbitrationReferral referral = ArbitrationFiles.minimalReferral("</narrative><injected/>&amp;");

        assertThat(text(ArbitrationFiles.WRITER.write(referral)))
                .contains("<narrative>&lt;/narrative&gt;&lt;injected/&gt;&amp;amp;</narrative>");
    }

    @Test
    void writingTheSameReferralTwiceGivesTheSameBytes() {
        assertThat(ArbitrationFiles.WRITER.write(ArbitrationFiles.fullReferral()))
                .isEqualTo(ArbitrationFiles.WRITER.write(ArbitrationFiles.fullReferral()));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
