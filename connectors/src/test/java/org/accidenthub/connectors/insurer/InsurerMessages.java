package org.accidenthub.connectors.insurer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.apache.avro.specific.SpecificRecordBase;

/** Fixtures under src/test/resources/insurer and a fixed receipt time for every test. */
final class InsurerMessages {

    /** The hub received every test message at this instant (the fixtures were sent before it). */
    static final Instant RECEIVED_AT = Instant.parse("2026-12-04T10:00:00Z");
    static final ReadContext CONTEXT = new ReadContext(RECEIVED_AT);

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final InsurerMessageConnector CONNECTOR = new InsurerMessageConnector();

    private InsurerMessages() {
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = Objects.requireNonNull(
                InsurerMessages.class.getResourceAsStream("/insurer/" + fixture), fixture)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static ObjectNode tree(String fixture) {
        try {
            return (ObjectNode) JSON.readTree(bytes(fixture));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static byte[] bytes(JsonNode message) {
        try {
            return JSON.writeValueAsBytes(message);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static Conversion<SpecificRecordBase> read(byte[] message) {
        return CONNECTOR.read(message, CONTEXT);
    }

    static Conversion<SpecificRecordBase> read(JsonNode message) {
        return read(bytes(message));
    }
}
