package org.accidenthub.connectors.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.mediation.MediationMessageConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * The mediation message connector is total (the SPI's contract): whatever bytes arrive, it returns
 * a conversion and never throws. In a normal build this replays the seeds in
 * {@code MediationMessageFuzzTestInputs/readNeverThrows/}; with {@code JAZZER_FUZZ=1} Jazzer
 * mutates them, guided by coverage, for {@code maxDuration} (docs/formats/stats19.md, "Fuzz tests").
 */
class MediationMessageFuzzTest {

    private static final MediationMessageConnector CONNECTOR = new MediationMessageConnector();
    private static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-11-01T00:00:00Z"));

    @FuzzTest(maxDuration = "60s")
    void readNeverThrows(byte[] message) {
        Conversion<SpecificRecord> conversion = CONNECTOR.read(message, CONTEXT);

        assertThat(conversion.accepted()).isEqualTo(conversion.record() != null);
        if (conversion.accepted()) {
            // an accepted message must be storable: single-object encoding and canonical JSON
            SpecificRecord record = conversion.requireRecord();
            try {
                // encode and decode with the record's own schema, as the hub stores it
                SpecificData model = SpecificData.getForSchema(record.getSchema()); // with the decimal conversions
                byte[] bytes = new BinaryMessageEncoder<SpecificRecord>(model, record.getSchema()).encode(record).array();
                new BinaryMessageDecoder<SpecificRecord>(model, record.getSchema()).decode(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            CanonicalJson.of((IndexedRecord) record);
        }
    }
}
