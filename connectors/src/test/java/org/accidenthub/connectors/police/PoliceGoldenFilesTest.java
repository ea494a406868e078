package org.accidenthub.connectors.police;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture {@code NAME.json} maps to exactly the canonical record in
 * {@code NAME.canonical.json} (compared as JSON trees, so formatting does not matter).
 */
class PoliceGoldenFilesTest {

    @ParameterizedTest(name = "{0} maps to its golden canonical record")
    @ValueSource(strings = {
        "example",               // the partner spec's own example
        "minimal",               // required fields only
        "explicit-shares",       // three drivers 60/20/20 where class defaults would not sum to 100
        "pedestrian",            // art. 76: a driver without fault bears 10%; attachments
        "accident-certificate"   // 事故证明 without responsibilities, format 1.2, e-bike, large new-energy plate
    })
    void fixtureMapsToItsGoldenCanonicalRecord(String name) throws IOException {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.bytes(name + ".json"));

        assertThat(conversion.errors()).isEmpty();
        JsonNode expected = PoliceFiles.JSON.readTree(PoliceFiles.bytes(name + ".canonical.json"));
        // through text and back, so that numbers compare by value (an Avro long against a JSON int)
        JsonNode actual = PoliceFiles.JSON.readTree(CanonicalJson.of(conversion.requireRecord()).toString());
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is accepted without warnings")
    @ValueSource(strings = {"example", "minimal", "explicit-shares", "pedestrian"})
    void cleanFixturesHaveNoWarnings(String name) {
        assertThat(PoliceFiles.read(PoliceFiles.bytes(name + ".json")).warnings()).isEmpty();
    }
}
