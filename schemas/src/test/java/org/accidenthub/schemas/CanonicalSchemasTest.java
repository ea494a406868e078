package org.accidenthub.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

class CanonicalSchemasTest {

    private static final String ACCIDENT_RECORD = AccidentRecord.getClassSchema().getFullName();
    private static final String CASE_EVENT = CaseEvent.getClassSchema().getFullName();

    @Test
    void currentSchemasAreAccidentRecordAndCaseEvent() {
        assertThat(CanonicalSchemas.current())
                .containsExactly(AccidentRecord.getClassSchema(), CaseEvent.getClassSchema());
    }

    @Test
    void fingerprintIsTheSpecsCrc64AvroOfTheParsingCanonicalForm() {
        for (Schema schema : CanonicalSchemas.current()) {
            byte[] canonical = SchemaNormalization.toParsingForm(schema).getBytes(StandardCharsets.UTF_8);

            assertThat(CanonicalSchemas.fingerprint(schema)).isEqualTo(Crc64Avro.of(canonical));
        }
    }

    /**
     * Stored and published bytes carry these fingerprints forever: if this fails after an Avro
     * upgrade or an edit of a frozen file, old data can no longer be resolved.
     */
    @Test
    void releasedVersionOneFingerprintsNeverChange() {
        assertThat(CanonicalSchemas.hexFingerprint(CanonicalSchemas.frozenVersions(ACCIDENT_RECORD).get(0)))
                .isEqualTo("fe1c20edaea79fa4");
        assertThat(CanonicalSchemas.hexFingerprint(CanonicalSchemas.frozenVersions(CASE_EVENT).get(0)))
                .isEqualTo("75b548aa8c85320e");
    }

    @Test
    void documentationDoesNotChangeTheFingerprint() {
        Schema current = AccidentRecord.getClassSchema();
        Schema reworded = new Schema.Parser().parse(current.toString().replace("事故经过", "What happened."));

        assertThat(CanonicalSchemas.fingerprint(reworded)).isEqualTo(CanonicalSchemas.fingerprint(current));
    }

    @Test
    void hexFingerprintPrintsSixteenLowerCaseDigitsMostSignificantByteFirst() {
        assertThat(CanonicalSchemas.hexFingerprint(0x0123456789ABCDEFL)).isEqualTo("0123456789abcdef");
        assertThat(CanonicalSchemas.hexFingerprint(0xFFL)).isEqualTo("00000000000000ff");
        assertThat(CanonicalSchemas.hexFingerprint(-1L)).isEqualTo("ffffffffffffffff");
    }

    @Test
    void hexFingerprintOfASchemaIsTheHexOfItsFingerprint() {
        Schema schema = CaseEvent.getClassSchema();

        assertThat(CanonicalSchemas.hexFingerprint(schema))
                .isEqualTo(CanonicalSchemas.hexFingerprint(CanonicalSchemas.fingerprint(schema)))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void byFingerprintFindsEveryCurrentSchema() {
        for (Schema schema : CanonicalSchemas.current()) {
            assertThat(CanonicalSchemas.byFingerprint(CanonicalSchemas.fingerprint(schema))).contains(schema);
        }
    }

    @Test
    void byFingerprintFindsASchemaWithTheFingerprintOfEveryFrozenVersion() {
        for (Schema frozen : allFrozenVersions()) {
            long fingerprint = CanonicalSchemas.fingerprint(frozen);

            assertThat(CanonicalSchemas.byFingerprint(fingerprint))
                    .hasValueSatisfying(found -> assertThat(CanonicalSchemas.fingerprint(found)).isEqualTo(fingerprint));
        }
    }

    @Test
    void byFingerprintIsEmptyForAnUnknownFingerprint() {
        assertThat(CanonicalSchemas.byFingerprint(0x0123456789ABCDEFL)).isEmpty();
    }

    @Test
    void schemaStoreResolvesEveryCurrentAndFrozenFingerprint() {
        SchemaStore store = CanonicalSchemas.newSchemaStore();

        for (Schema schema : concat(CanonicalSchemas.current(), allFrozenVersions())) {
            assertThat(store.findByFingerprint(CanonicalSchemas.fingerprint(schema)))
                    .as("%s %s", schema.getFullName(), CanonicalSchemas.hexFingerprint(schema))
                    .isNotNull();
        }
    }

    @Test
    void schemaAddedToOneStoreIsNotSeenByAnother() {
        Schema extra = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Extra\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
        SchemaStore.Cache first = CanonicalSchemas.newSchemaStore();
        first.addSchema(extra);

        assertThat(CanonicalSchemas.newSchemaStore().findByFingerprint(CanonicalSchemas.fingerprint(extra)))
                .isNull();
    }

    @Test
    void frozenVersionsOfAnUnknownNameAreEmpty() {
        assertThat(CanonicalSchemas.frozenVersions("org.accidenthub.schemas.v1.Party")).isEmpty();
    }

    private static List<Schema> allFrozenVersions() {
        return CanonicalSchemas.current().stream()
                .flatMap(schema -> CanonicalSchemas.frozenVersions(schema.getFullName()).stream())
                .toList();
    }

    private static List<Schema> concat(List<Schema> first, List<Schema> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }

    /** CRC-64-AVRO exactly as the Avro specification ("Schema Fingerprints") gives it. */
    private static final class Crc64Avro {
        private static final long EMPTY = 0xc15d213aa4d7a795L;
        private static final long[] TABLE = new long[256];

        static {
            for (int i = 0; i < 256; i++) {
                long fp = i;
                for (int j = 0; j < 8; j++) {
                    fp = (fp >>> 1) ^ (EMPTY & -(fp & 1L));
                }
                TABLE[i] = fp;
            }
        }

        static long of(byte[] bytes) {
            long fp = EMPTY;
            for (byte b : bytes) {
                fp = (fp >>> 8) ^ TABLE[(int) (fp ^ b) & 0xff];
            }
            return fp;
        }
    }
}
