package org.accidenthub.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.accidenthub.connectors.arbitration.ArbitrationAwardConnector;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.ArbitrationAward;

/**
 * The arbitration award connector is total (the SPI's contract): whatever bytes arrive, it returns
 * a conversion and never throws. In a normal build this replays the seeds in
 * {@code ArbitrationAwardFuzzTestInputs/readNeverThrows/}; with {@code JAZZER_FUZZ=1} Jazzer
 * mutates them, guided by coverage, for {@code maxDuration} (docs/formats/stats19.md, "Fuzz tests").
 */
class ArbitrationAwardFuzzTest {

    private static final ArbitrationAwardConnector CONNECTOR = new ArbitrationAwardConnector();
    private static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-11-01T00:00:00Z"));

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] award) {
        Conversion<ArbitrationAward> conversion = CONNECTOR.read(award, CONTEXT);

        assertThat(conversion.accepted()).isEqualTo(conversion.record() != null);
        if (conversion.accepted()) {
            // an accepted award must be storable: single-object encoding and canonical JSON
            try {
                ArbitrationAward.getDecoder().decode(conversion.requireRecord().toByteBuffer());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CanonicalJson.of(conversion.requireRecord());
        }
    }
}
