package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows of the real sample map to exactly the canonical record in {@code INDEX.canonical.json};
 * joined with the hand-made vehicle and casualty files, to {@code INDEX.joined.canonical.json}
 * (compared as JSON trees). The golden files were written by the reader and then checked by
 * hand against the CSV rows and the mapping tables of docs/formats/stats19.md.
 */
class Stats19GoldenRecordsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<RowResult> alone;
    private static List<RowResult> joined;

    @BeforeAll
    static void readSample() {
        alone = Stats19Files.read(Stats19Files.sample());
        joined = Stats19Files.read(Stats19Files.sample(), Stats19Files.resource(Stats19Files.VEHICLES),
                Stats19Files.resource(Stats19Files.CASUALTIES));
    }

    @ParameterizedTest(name = "collision {0} alone maps to its golden record")
    @ValueSource(strings = {
        "2022010352073",   // row 2: slight, A3218, dark with lights lit
        "2022010352616"    // row 14: weather 9 "unknown": no canonical weather, code kept
    })
    void collisionAloneMapsToItsGoldenRecord(String index) throws IOException {
        assertGolden(Stats19Files.byIndex(alone, index), index + ".canonical.json");
    }

    @ParameterizedTest(name = "collision {0} with vehicles and casualties maps to its golden record")
    @ValueSource(strings = {
        "2022010352073",   // car and pedal cycle; the rider is a CYCLIST in vehicle V2
        "2022010352641",   // fatal on the M25: three vehicles listed out of order, three casualties
        "2022010353695"    // fatal pedestrian: HIT_PEDESTRIAN, no vehicleRef for the pedestrian
    })
    void joinedCollisionMapsToItsGoldenRecord(String index) throws IOException {
        RowResult result = Stats19Files.byIndex(joined, index);

        assertThat(result.warnings()).as("the hand-made files agree with the counts").isEmpty();
        assertGolden(result, index + ".joined.canonical.json");
    }

    private static void assertGolden(RowResult result, String golden) throws IOException {
        assertThat(result.errors()).isEmpty();
        JsonNode expected = JSON.readTree(Stats19Files.resource(golden));
        // through text and back, so that numbers compare by value (an Avro long against a JSON int)
        JsonNode actual = JSON.readTree(CanonicalJson.of(result.record()).toString());
        assertThat(actual).isEqualTo(expected);
    }
}
