package org.accidenthub.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.accidenthub.schemas.v1.CompensationCalculation;
import org.accidenthub.schemas.v1.ConfirmationAcceptance;
import org.accidenthub.schemas.v1.ConfirmationApplication;
import org.accidenthub.schemas.v1.ConfirmationRuling;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationAssignment;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationSession;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.accidenthub.schemas.v1.PolicyVerification;
import org.accidenthub.schemas.v1.SpeedTrialFiling;
import org.accidenthub.schemas.v1.SpeedTrialJudgment;
import org.accidenthub.schemas.v1.VictimLossAssessment;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

class CanonicalSchemasTest {

    private static final String ACCIDENT_RECORD = AccidentRecord.getClassSchema().getFullName();
    private static final String CASE_EVENT = CaseEvent.getClassSchema().getFullName();

    @Test
    void currentSchemasAreAccidentRecordCaseEventTheClaimMessagesTheCompensationAndTheAdjudicationRecords() {
        assertThat(CanonicalSchemas.current())
                .containsExactly(AccidentRecord.getClassSchema(), CaseEvent.getClassSchema(),
                        ClaimNotification.getClassSchema(), LiabilityResponse.getClassSchema(),
                        ClaimOffer.getClassSchema(), PaymentConfirmation.getClassSchema(),
                        PolicyVerification.getClassSchema(), ClaimStateChange.getClassSchema(),
                        VictimLossAssessment.getClassSchema(), CompensationCalculation.getClassSchema(),
                        MediationAssignment.getClassSchema(), MediationSession.getClassSchema(),
                        MediationAgreement.getClassSchema(), MediationFailure.getClassSchema(),
                        ConfirmationApplication.getClassSchema(), ConfirmationAcceptance.getClassSchema(),
                        ConfirmationRuling.getClassSchema(), SpeedTrialFiling.getClassSchema(),
                        SpeedTrialJudgment.getClassSchema(), ArbitrationReferral.getClassSchema(),
                        ArbitrationAward.getClassSchema());
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

    /** The claim messages (claims.avdl), released as v1 with the claims journey. */
    @Test
    void releasedClaimMessageFingerprintsNeverChange() {
        assertThat(frozenV1Fingerprint(ClaimNotification.getClassSchema())).isEqualTo("608c4fc6627154db");
        assertThat(frozenV1Fingerprint(LiabilityResponse.getClassSchema())).isEqualTo("e68d57cb23775b3f");
        assertThat(frozenV1Fingerprint(ClaimOffer.getClassSchema())).isEqualTo("5cfae8e4f639b7c5");
        assertThat(frozenV1Fingerprint(PaymentConfirmation.getClassSchema())).isEqualTo("45c07bad56b01136");
        assertThat(frozenV1Fingerprint(PolicyVerification.getClassSchema())).isEqualTo("bfc941e989f31747");
        assertThat(frozenV1Fingerprint(ClaimStateChange.getClassSchema())).isEqualTo("abae6fa85b713862");
    }

    /** The compensation records (compensation.avdl), released as v1 with the calculator. */
    @Test
    void releasedCompensationRecordFingerprintsNeverChange() {
        assertThat(frozenV1Fingerprint(VictimLossAssessment.getClassSchema())).isEqualTo("71e6cead9a3f167c");
        assertThat(frozenV1Fingerprint(CompensationCalculation.getClassSchema())).isEqualTo("31da71c0d65d9a99");
    }

    /** The mediation records (mediation.avdl), released as v1 with issue 4. */
    @Test
    void releasedMediationRecordFingerprintsNeverChange() {
        assertThat(frozenV1Fingerprint(MediationAssignment.getClassSchema())).isEqualTo("f1d519cccc2ada3c");
        assertThat(frozenV1Fingerprint(MediationSession.getClassSchema())).isEqualTo("caf7968473e9f267");
        assertThat(frozenV1Fingerprint(MediationAgreement.getClassSchema())).isEqualTo("51e38d37ca4d6b77");
        assertThat(frozenV1Fingerprint(MediationFailure.getClassSchema())).isEqualTo("d6e98702c8747c4b");
    }

    /** Judicial confirmation, speed trial and arbitration (adjudication.avdl), released as v1 with issue 4. */
    @Test
    void releasedAdjudicationRecordFingerprintsNeverChange() {
        assertThat(frozenV1Fingerprint(ConfirmationApplication.getClassSchema())).isEqualTo("d804def5143a49fd");
        assertThat(frozenV1Fingerprint(ConfirmationAcceptance.getClassSchema())).isEqualTo("f5a92ae5ed912919");
        assertThat(frozenV1Fingerprint(ConfirmationRuling.getClassSchema())).isEqualTo("574b304022447b07");
        assertThat(frozenV1Fingerprint(SpeedTrialFiling.getClassSchema())).isEqualTo("eb5e37b6bc485276");
        assertThat(frozenV1Fingerprint(SpeedTrialJudgment.getClassSchema())).isEqualTo("e3a42a6114d4165e");
        assertThat(frozenV1Fingerprint(ArbitrationReferral.getClassSchema())).isEqualTo("f90aa2c4518f4c9b");
        assertThat(frozenV1Fingerprint(ArbitrationAward.getClassSchema())).isEqualTo("b01dc5dc39b06ed5");
    }

    private static String frozenV1Fingerprint(Schema current) {
        return CanonicalSchemas.hexFingerprint(CanonicalSchemas.frozenVersions(current.getFullName()).get(0));
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
