package org.accidenthub.connectors.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the mediation messages (format page): its code at its JSON pointer. */
class MediationRulesTest {

    @ParameterizedTest(name = "{0}: {1} = {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
        session   | /messageId                        | -x                         | PATTERN_MISMATCH
        session   | /mediationId                      | 9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D | PATTERN_MISMATCH
        session   | /caseId                           | case-1                     | PATTERN_MISMATCH
        session   | /mode                             | TELEPATHY                  | NOT_ALLOWED_VALUE
        session   | /outcome                          | UNKNOWN                    | NOT_ALLOWED_VALUE
        session   | /startedAt                        | 2026-10-12 09:00           | INVALID_DATE_TIME
        session   | /endedAt                          | 2026-10-12T08:59:59+08:00  | ENDED_BEFORE_STARTED
        session   | /startedAt                        | 2026-10-25T08:06:00+08:00  | IN_FUTURE
        session   | /mediator/organisationCode        | zmd                        | PATTERN_MISMATCH
        session   | /attendees/2/insurerCode          | picc                       | PATTERN_MISMATCH
        session   | /attendees/0/kind                 | COURT                      | NOT_ALLOWED_VALUE
        session   | /minutesDocument/mediaType        | text/html                  | NOT_ALLOWED_VALUE
        session   | /minutesDocument/sha256           | abc                        | PATTERN_MISMATCH
        agreement | /terms/0/amount                   | 118000                     | AMOUNT_FORMAT
        agreement | /terms/0/amount                   | -118000.00                 | AMOUNT_FORMAT
        agreement | /terms/1/amount                   | 0.00                       | OUT_OF_RANGE
        agreement | /terms/0/dueDate                  | 2026-02-30                 | INVALID_DATE
        agreement | /terms/0/dueDate                  | 2026-10-13                 | DUE_BEFORE_DRAFTED
        agreement | /terms/1/method                   | CHEQUE                     | NOT_ALLOWED_VALUE
        agreement | /total                            | 124450.51                  | TOTAL_MISMATCH
        agreement | /signatures/0/way                 | FAX                        | NOT_ALLOWED_VALUE
        agreement | /signatures/0/signedAt            | 2026-10-14T14:29:59+08:00  | SIGNED_BEFORE_DRAFTED
        agreement | /effectiveAt                      | 2026-10-14T16:44:59+08:00  | EFFECTIVE_BEFORE_SIGNED
        agreement | /signatures/1/evidence/mediaType  | application/zip            | NOT_ALLOWED_VALUE
        failure   | /reason                           | BORED                      | NOT_ALLOWED_VALUE
        failure   | /failedAt                         | 2026-10-20T11:00:00        | INVALID_DATE_TIME
        """)
    void aValueOutsideItsRuleIsReportedWithItsCodeAndPath(String fixture, String pointer, String bad, String code) {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged(fixture + ".json",
                message -> set(message, pointer, bad));

        assertOnlyError(conversion, pointer, code);
    }

    @ParameterizedTest(name = "{0} without {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
        session   | /sessionId                    | REQUIRED
        session   | /mediator                     | REQUIRED
        session   | /attendees/1/partyRef         | PARTY_REF_REQUIRED
        session   | /attendees/2/insurerCode      | INSURER_CODE_REQUIRED
        agreement | /calculationVersion           | REQUIRED
        agreement | /terms                        | REQUIRED
        agreement | /terms/0/payer/insurerCode    | INSURER_CODE_REQUIRED
        agreement | /signatures/0/signerSubject   | SIGNER_SUBJECT_REQUIRED
        agreement | /signatures/1/recordedBy      | RECORDED_BY_REQUIRED
        agreement | /signatures/1/evidence        | EVIDENCE_REQUIRED
        failure   | /mediator                     | REQUIRED
        """)
    void aMissingFieldIsReportedWithItsCodeAndPath(String fixture, String pointer, String code) {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged(fixture + ".json",
                message -> remove(message, pointer));

        assertOnlyError(conversion, pointer, code);
    }

    @Test
    void anEffectiveAgreementMustBeSignedByEveryoneItBinds() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("agreement.json",
                message -> ((ArrayNode) message.get("signatures")).remove(2));

        assertOnlyError(conversion, "/effectiveAt", "NOT_SIGNED_BY_ALL");
        assertThat(conversion.errors().get(0).message()).contains("中国人民财产保险股份有限公司驻马店市分公司");
    }

    @Test
    void aDraftNotYetSignedByAllIsAcceptedWithoutEffectiveAt() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("agreement.json", message -> {
            ((ArrayNode) message.get("signatures")).remove(2);
            message.remove("effectiveAt");
        });

        assertThat(conversion.errors()).isEmpty();
    }

    @Test
    void aPayerCannotBeItsOwnPayee() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("agreement.json",
                message -> set(message, "/terms/1/payer/partyRef", "P2"));

        assertOnlyError(conversion, "/terms/1/payee", "SAME_PAYER_AND_PAYEE");
    }

    @Test
    void aFailureForAnotherReasonNeedsADetail() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("failure.json",
                message -> message.put("reason", "OTHER"));

        assertOnlyError(conversion, "/detail", "DETAIL_REQUIRED");
    }

    @Test
    void aFailureForAnotherReasonWithADetailIsAccepted() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("failure.json",
                message -> message.put("reason", "OTHER").put("detail", "当事人李娜已起诉"));

        assertThat(conversion.errors()).isEmpty();
    }

    @Test
    void anElectronicSignatureKeepsNoInPersonEvidence() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("agreement.json",
                message -> at(message, "/signatures/0").put("recordedBy", "mediator-zhaomin"));

        assertThat(MediationFiles.canonical(conversion.requireRecord()).at("/signatures/0/recordedBy").isNull()).isTrue();
    }

    @Test
    void everyProblemIsReportedInOneAnswer() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("agreement.json", message -> {
            set(message, "/caseId", "x");
            set(message, "/terms/0/amount", "1");
            remove(message, "/signatures/1/evidence");
        });

        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("/caseId", "PATTERN_MISMATCH"),
                tuple("/terms/0/amount", "AMOUNT_FORMAT"),
                tuple("/signatures/1/evidence", "EVIDENCE_REQUIRED"));
    }

    @Test
    void unknownFieldsAreWarningsAndTheMessageIsAccepted() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("session.json", message -> {
            message.put("room", "3");
            at(message, "/mediator").put("phone", "13800000000");
        });

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("/room", "UNKNOWN_FIELD"), tuple("/mediator/phone", "UNKNOWN_FIELD"));
    }

    @Test
    void anotherFormatVersionIsNotRead() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("session.json", message -> {
            message.put("formatVersion", "2.0");
            message.put("mode", "TELEPATHY");
        });

        assertOnlyError(conversion, "/formatVersion", "UNSUPPORTED_FORMAT_VERSION");
    }

    @Test
    void aMissingTypeIsRequiredAndNothingElseIsChecked() {
        Conversion<SpecificRecord> conversion = MediationFiles.readChanged("session.json", message -> {
            message.remove("type");
            message.put("mode", "TELEPATHY");
        });

        assertOnlyError(conversion, "/type", "REQUIRED");
    }

    static void assertOnlyError(Conversion<SpecificRecord> conversion, String path, String code) {
        assertThat(conversion.record()).isNull();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code));
    }

    private static ObjectNode at(ObjectNode message, String pointer) {
        return MediationFiles.at(message, pointer);
    }

    private static void set(ObjectNode message, String pointer, String value) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        ObjectNode owner = parent.isEmpty() ? message : (ObjectNode) message.at(parent);
        owner.set(pointer.substring(slash + 1), TextNode.valueOf(value));
    }

    private static void remove(ObjectNode message, String pointer) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        ObjectNode owner = parent.isEmpty() ? message : (ObjectNode) message.at(parent);
        owner.remove(pointer.substring(slash + 1));
    }
}
