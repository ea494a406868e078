package org.accidenthub.connectors.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationSession;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Both directions against golden files: each inbound {@code NAME.json} reads to exactly
 * {@code NAME.canonical.json}; a canonical assignment writes exactly {@code assignment*.json}.
 */
class MediationGoldenFilesTest {

    @ParameterizedTest(name = "{0}.json reads to a {1} equal to its golden canonical record")
    @CsvSource({
        "session,   MediationSession",    // every optional field, an insurer among the attendees, upper-case hash
        "agreement, MediationAgreement",  // electronic and in-person signatures, an insurer's representative, effective
        "failure,   MediationFailure"     // required fields only
    })
    void aMessageReadsToItsGoldenCanonicalRecord(String name, String recordType) {
        Conversion<SpecificRecord> conversion = MediationFiles.read(name + ".json");

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).isEmpty();
        assertThat(conversion.requireRecord().getClass().getSimpleName()).isEqualTo(recordType);
        assertThat(MediationFiles.canonical(conversion.requireRecord()))
                .isEqualTo(MediationFiles.json(name + ".canonical.json"));
    }

    @Test
    void theRecordTypesAreTheCanonicalMediationRecords() {
        assertThat(MediationFiles.read("session.json").requireRecord()).isInstanceOf(MediationSession.class);
        assertThat(MediationFiles.read("agreement.json").requireRecord()).isInstanceOf(MediationAgreement.class);
        assertThat(MediationFiles.read("failure.json").requireRecord()).isInstanceOf(MediationFailure.class);
    }

    @Test
    void anAssignmentWritesExactlyTheGoldenJson() {
        assertThat(new String(MediationFiles.WRITER.write(MediationFiles.assignment()), StandardCharsets.UTF_8))
                .isEqualTo(MediationFiles.text("assignment.json"));
    }

    @Test
    void anAssignmentWithOnlyRequiredPartsLeavesTheOptionalFieldsOut() {
        assertThat(new String(MediationFiles.WRITER.write(MediationFiles.minimalAssignment()), StandardCharsets.UTF_8))
                .isEqualTo(MediationFiles.text("assignment-minimal.json"));
    }

    @Test
    void theHubDoesNotReceiveItsOwnAssignment() {
        Conversion<SpecificRecord> conversion =
                MediationFiles.CONNECTOR.read(MediationFiles.bytes("assignment.json"), MediationFiles.CONTEXT);

        MediationRulesTest.assertOnlyError(conversion, "/type", "UNKNOWN_MESSAGE_TYPE");
    }
}
