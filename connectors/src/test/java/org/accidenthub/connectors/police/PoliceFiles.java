package org.accidenthub.connectors.police;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import org.accidenthub.schemas.v1.AccidentRecord;

/** Fixtures under src/test/resources/police and a fixed receipt time for every test. */
final class PoliceFiles {

    /** The hub received every test file at this instant (the example accident is a month older). */
    static final Instant RECEIVED_AT = Instant.parse("2026-11-01T00:00:00Z");
    static final ReadContext CONTEXT = new ReadContext(RECEIVED_AT);

    static final String EXAMPLE = "example.json";
    static final String MINIMAL = "minimal.json";
    static final String PEDESTRIAN = "pedestrian.json";

    /** Keeps decimals exact, so that a mutation such as 1e999999999 reaches the connector as written. */
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private static final PoliceAccidentFileConnector CONNECTOR = new PoliceAccidentFileConnector();

    private PoliceFiles() {
    }

    static byte[] bytes(String fixture) {
        try (InputStream in = PoliceFiles.class.getResourceAsStream("/police/" + fixture)) {
            return Objects.requireNonNull(in, fixture).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode tree(String fixture) {
        try {
            return (ObjectNode) JSON.readTree(bytes(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with the mutations applied, as a tree. */
    static ObjectNode mutated(String fixture, Mutation... mutations) {
        ObjectNode tree = tree(fixture);
        for (Mutation mutation : mutations) {
            mutation.applyTo(tree);
        }
        return tree;
    }

    static Conversion<AccidentRecord> read(byte[] bytes) {
        return CONNECTOR.read(bytes, CONTEXT);
    }

    static Conversion<AccidentRecord> read(JsonNode tree) {
        try {
            return read(JSON.writeValueAsBytes(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Conversion<AccidentRecord> read(String fixture, Mutation... mutations) {
        return read(mutated(fixture, mutations));
    }

    /** A JSON string literal of the given length, e.g. to pass a field's length limit. */
    static String textOfLength(int length) {
        return "\"" + "字".repeat(length) + "\"";
    }
}
