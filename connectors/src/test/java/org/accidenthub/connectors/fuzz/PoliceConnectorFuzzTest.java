package org.accidenthub.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Instant;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * The police connector is total (the SPI's contract): whatever bytes arrive, it returns a
 * conversion and never throws. In a normal build this replays the seeds in
 * {@code PoliceConnectorFuzzTestInputs/readNeverThrows/}; with {@code JAZZER_FUZZ=1} Jazzer
 * mutates them, guided by coverage, for {@code maxDuration} (docs/formats/stats19.md, "Fuzz tests").
 */
class PoliceConnectorFuzzTest {

    private static final PoliceAccidentFileConnector CONNECTOR = new PoliceAccidentFileConnector();
    private static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-11-01T00:00:00Z"));

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] file) {
        Conversion<AccidentRecord> conversion = CONNECTOR.read(file, CONTEXT);

        assertThat(conversion.accepted()).isEqualTo(conversion.record() != null);
        if (conversion.accepted()) {
            // an accepted record must be storable: single-object encoding and canonical JSON
            FuzzInvariants.storable(conversion.requireRecord());
        }
    }
}
