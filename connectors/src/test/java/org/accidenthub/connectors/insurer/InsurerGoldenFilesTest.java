package org.accidenthub.connectors.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both directions against golden files: every inbound {@code NAME.json} maps to exactly
 * {@code NAME.canonical.json}; every {@code outbound/NAME.canonical.json} is written as exactly
 * {@code outbound/NAME.json}. Compared as JSON trees, so formatting does not matter.
 */
class InsurerGoldenFilesTest {

    private final InsurerMessageWriter writer = new InsurerMessageWriter();

    @ParameterizedTest(name = "inbound {0} maps to its golden canonical record")
    @ValueSource(strings = {
        "liability-admitted",        // the shortest message
        "liability-with-negligence", // format 1.3, upper-case claim reference, milliseconds, reason stripped
        "liability-not-admitted",    // a refusal with its reason (Insurance Law art. 24), sentAt in UTC
        "offer",
        "payment-confirmation"
    })
    void inboundMessageMapsToItsGoldenCanonicalRecord(String name) throws IOException {
        Conversion<SpecificRecordBase> conversion = InsurerMessages.read(InsurerMessages.bytes(name + ".json"));

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).isEmpty();
        JsonNode expected = InsurerMessages.JSON.readTree(InsurerMessages.bytes(name + ".canonical.json"));
        JsonNode actual = InsurerMessages.JSON.readTree(CanonicalJson.of(conversion.requireRecord()).toString());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "outbound {0} is written as its golden insurer message")
    @CsvSource({
        "claim-notification, ClaimNotification",
        "offer,              ClaimOffer",
        "settled,            ClaimStateChange"
    })
    void canonicalRecordIsWrittenAsItsGoldenMessage(String name, String record) throws IOException {
        Schema schema = switch (record) {
            case "ClaimNotification" -> ClaimNotification.getClassSchema();
            case "ClaimOffer" -> ClaimOffer.getClassSchema();
            default -> ClaimStateChange.getClassSchema();
        };
        SpecificRecordBase canonical = CanonicalJsonReader.read(
                InsurerMessages.tree("outbound/" + name + ".canonical.json"), schema);
        // the reader itself is checked: it gives back exactly the golden canonical JSON
        assertThat(InsurerMessages.JSON.readTree(CanonicalJson.of(canonical).toString()))
                .isEqualTo(InsurerMessages.tree("outbound/" + name + ".canonical.json"));

        JsonNode written = InsurerMessages.JSON.readTree(writer.write(canonical));

        assertThat(written).isEqualTo(InsurerMessages.tree("outbound/" + name + ".json"));
    }

    @ParameterizedTest(name = "the echo of inbound {0} reads back as the same answer")
    @ValueSource(strings = {"liability-with-negligence", "offer", "payment-confirmation"})
    void theEchoOfAnInboundMessageCarriesTheSameTerms(String name) {
        SpecificRecordBase inbound = InsurerMessages.read(InsurerMessages.bytes(name + ".json")).requireRecord();
        JsonNode echoed = writer.toNative(inbound);
        JsonNode sent = InsurerMessages.tree(name + ".json");

        // every field the insurer sent comes back with the same meaning; the hub adds its own (claimStatus, ...)
        sent.get("body").fields().forEachRemaining(field -> {
            if (field.getValue().isTextual()) {
                assertThat(echoed.get("body").get(field.getKey()).asText()).as(field.getKey())
                        .isEqualTo(field.getValue().asText().strip());
            } else {
                assertThat(echoed.get("body").get(field.getKey())).as(field.getKey()).isEqualTo(field.getValue());
            }
        });
        assertThat(echoed.get("messageId")).isEqualTo(sent.get("messageId"));
        assertThat(echoed.get("messageType")).isEqualTo(sent.get("messageType"));
    }
}
