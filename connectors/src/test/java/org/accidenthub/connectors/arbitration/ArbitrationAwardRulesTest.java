package org.accidenthub.connectors.arbitration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each rule of the award (format page, "Award" and "Rules between elements"): its code at its path. */
class ArbitrationAwardRulesTest {

    @ParameterizedTest(name = "<{0}>{2}</{0}> is {3} at {4}")
    @CsvSource(delimiter = '|', textBlock = """
        messageId      | ZMDAC-2026-000458                    | -starts-with-dash                      | PATTERN_MISMATCH  | /award/messageId
        messageId      | ZMDAC-2026-000458                    | '   '                                  | REQUIRED          | /award/messageId
        referralId     | 6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a21 | 6F1C2B7E-3D4A-4E5F-9A8B-7C6D5E4F3A21   | PATTERN_MISMATCH  | /award/referralId
        caseId         | 0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b | case-1                                 | PATTERN_MISMATCH  | /award/caseId
        commissionCode | ZMD-AC                               | zmd                                    | PATTERN_MISMATCH  | /award/commissionCode
        outcome        | PARTLY_AWARDED                       | UNKNOWN                                | NOT_ALLOWED_VALUE | /award/outcome
        awardedAt      | 2026-10-20T10:00:00+08:00            | 2026-10-20T10:00:00                    | INVALID_DATE_TIME | /award/awardedAt
        awardedAt      | 2026-10-20T10:00:00+08:00            | 2026-02-30T10:00:00+08:00              | INVALID_DATE_TIME | /award/awardedAt
        amount         | 112000                               | 112000.005                             | AMOUNT_FORMAT     | /award/payments/payment[1]/amount
        amount         | 5200.5                               | -5200.50                               | AMOUNT_FORMAT     | /award/payments/payment[2]/amount
        amount         | 5200.5                               | 1e3                                    | AMOUNT_FORMAT     | /award/payments/payment[2]/amount
        amount         | 5200.5                               | 0.00                                   | OUT_OF_RANGE      | /award/payments/payment[2]/amount
        amount         | 5200.5                               | 123456789012345                        | AMOUNT_FORMAT     | /award/payments/payment[2]/amount
        dueDate        | 2026-10-30                           | 2026-13-01                             | INVALID_DATE      | /award/payments/payment[1]/dueDate
        dueDate        | 2026-10-30                           | 2026-10-19                             | DUE_BEFORE_AWARD  | /award/payments/payment[1]/dueDate
        insurerCode    | PICC                                 | picc                                   | PATTERN_MISMATCH  | /award/payments/payment[1]/payer/insurerCode
        kind           | INSURER                              | COURT                                  | NOT_ALLOWED_VALUE | /award/payments/payment[1]/payer/kind
        sha256         | 3A7BD3E2360A3D29EEA436FCFB7E44C735D117C42D1C1835420B6B9942DD4F1B | abc | PATTERN_MISMATCH | /award/document/sha256
        mediaType      | application/pdf                      | image/png                              | NOT_ALLOWED_VALUE | /award/document/mediaType
        size           | 215040                               | 0                                      | OUT_OF_RANGE      | /award/document/size
        size           | 215040                               | 20971521                               | OUT_OF_RANGE      | /award/document/size
        size           | 215040                               | 2kB                                    | PATTERN_MISMATCH  | /award/document/size
        """)
    void aValueOutsideItsRuleIsReportedWithItsCodeAndPath(String element, String good, String bad, String code,
            String path) {
        assertOnlyError(ArbitrationFiles.read(ArbitrationFiles.awardWith(element, good, bad)), path, code);
    }

    @Test
    void aMissingRequiredElementIsRequiredAtTheElementsPath() {
        String award = ArbitrationFiles.awardReplacing("<awardNumber>驻仲裁字〔2026〕第12号</awardNumber>", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award/awardNumber", "REQUIRED");
    }

    @Test
    void aRepeatedElementIsADuplicateAtTheRepetition() {
        String award = ArbitrationFiles.awardReplacing("<outcome>PARTLY_AWARDED</outcome>",
                "<outcome>PARTLY_AWARDED</outcome><outcome>DISMISSED</outcome>");

        assertOnlyError(ArbitrationFiles.read(award), "/award/outcome", "DUPLICATE_ELEMENT");
    }

    @Test
    void elementsWhereTextBelongsAreTheWrongContent() {
        String award = ArbitrationFiles.awardWith("awardNumber", "驻仲裁字〔2026〕第12号", "<b>12</b>");

        assertOnlyError(ArbitrationFiles.read(award), "/award/awardNumber", "WRONG_CONTENT");
    }

    @Test
    void textWhereElementsBelongIsTheWrongContent() {
        String award = ArbitrationFiles.awardReplacing("<payments>", "<payments>all paid");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments", "WRONG_CONTENT");
    }

    @Test
    void textLongerThanItsLimitIsTooLong() {
        String award = ArbitrationFiles.awardWith("awardNumber", "驻仲裁字〔2026〕第12号", "号".repeat(65));

        assertOnlyError(ArbitrationFiles.read(award), "/award/awardNumber", "TOO_LONG");
    }

    @Test
    void twoArbitratorsAreNoTribunal() {
        String award = ArbitrationFiles.awardReplacing("<arbitrator>刘洋</arbitrator>", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award/arbitrators", "ARBITRATOR_COUNT");
    }

    @Test
    void fourArbitratorsAreTooMany() {
        String award = ArbitrationFiles.awardReplacing("<arbitrator>刘洋</arbitrator>",
                "<arbitrator>刘洋</arbitrator><arbitrator>赵敏</arbitrator>");

        assertOnlyError(ArbitrationFiles.read(award), "/award/arbitrators", "ELEMENT_COUNT");
    }

    @Test
    void anEmptyArbitratorIsRequiredAtItsPosition() {
        String award = ArbitrationFiles.awardWith("arbitrator", "陈静", " ");

        assertOnlyError(ArbitrationFiles.read(award), "/award/arbitrators/arbitrator[2]", "REQUIRED");
    }

    @Test
    void aPartyWithoutItsRefIsReportedAtTheRef() {
        String award = ArbitrationFiles.awardReplacing("<partyRef>P1</partyRef>", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments/payment[2]/payer/partyRef", "PARTY_REF_REQUIRED");
    }

    @Test
    void anInsurerWithoutItsCodeIsReportedAtTheCode() {
        String award = ArbitrationFiles.awardReplacing("<insurerCode>PICC</insurerCode>", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments/payment[1]/payer/insurerCode",
                "INSURER_CODE_REQUIRED");
    }

    @Test
    void aPayerCannotBeItsOwnPayee() {
        String award = ArbitrationFiles.awardReplacing("<partyRef>P1</partyRef>", "<partyRef>P2</partyRef>");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments/payment[2]/payee", "SAME_PAYER_AND_PAYEE");
    }

    @Test
    void anAwardThatOrdersPaymentMustListOne() {
        String award = ArbitrationFiles.text("award-dismissed.xml").replace(">DISMISSED<", ">AWARDED<");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments", "PAYMENTS_REQUIRED");
    }

    @Test
    void aDismissalOrdersNoPayment() {
        String award = ArbitrationFiles.awardWith("outcome", "PARTLY_AWARDED", "DISMISSED");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments", "PAYMENTS_NOT_ALLOWED");
    }

    @Test
    void anEmptyPaymentsElementIsTheWrongCount() {
        String award = ArbitrationFiles.text("award-dismissed.xml").replace("</a:award>", "<a:payments/></a:award>");

        assertOnlyError(ArbitrationFiles.read(award), "/award/payments", "ELEMENT_COUNT");
    }

    @Test
    void anAwardMadeAfterItArrivedIsInTheFuture() {
        String award = ArbitrationFiles.awardWith("awardedAt", "2026-10-20T10:00:00+08:00", "2026-10-27T08:06:00+08:00");

        assertOnlyError(ArbitrationFiles.read(award), "/award/awardedAt", "AWARDED_IN_FUTURE");
    }

    @Test
    void aClockFiveMinutesAheadIsTolerated() {
        String award = ArbitrationFiles.awardWith("awardedAt", "2026-10-20T10:00:00+08:00", "2026-10-27T08:05:00+08:00")
                .replace("<dueDate>2026-10-30</dueDate>", "");

        assertThat(ArbitrationFiles.read(award).errors()).isEmpty();
    }

    @Test
    void everyProblemOfAnAwardIsReportedInOneAnswer() {
        String award = ArbitrationFiles.awardWith("amount", "112000", "-1")
                .replace("<caseId>0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b</caseId>", "<caseId>x</caseId>")
                .replace("<insurerCode>PICC</insurerCode>", "");

        assertThat(ArbitrationFiles.read(award).errors()).extracting(Problem::path, Problem::code).containsExactly(
                tuple("/award/caseId", "PATTERN_MISMATCH"),
                tuple("/award/payments/payment[1]/payer/insurerCode", "INSURER_CODE_REQUIRED"),
                tuple("/award/payments/payment[1]/amount", "AMOUNT_FORMAT"));
    }

    @Test
    void unknownElementsAndAttributesAreWarningsAndTheAwardIsAccepted() {
        String award = ArbitrationFiles.awardReplacing("<reasons>",
                "<seal xmlns=\"urn:example:other\">ZMD</seal><hearingDate>2026-10-18</hearingDate><reasons>")
                .replace("<payment>", "<payment lang=\"zh\">");

        Conversion<ArbitrationAward> conversion = ArbitrationFiles.read(award);

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("/award/payments/payment[1]/@lang", "UNKNOWN_ATTRIBUTE"),
                tuple("/award/payments/payment[2]/@lang", "UNKNOWN_ATTRIBUTE"),
                tuple("/award/seal", "UNKNOWN_ELEMENT"),
                tuple("/award/hearingDate", "UNKNOWN_ELEMENT"));
    }

    @Test
    void anotherRootElementIsRefused() {
        assertOnlyError(ArbitrationFiles.read(ArbitrationFiles.text("referral.xml")), "/referral", "WRONG_ROOT_ELEMENT");
    }

    @Test
    void theRightNameInNoNamespaceIsAnotherRoot() {
        String award = ArbitrationFiles.text("award.xml").replace(" xmlns=\"urn:accidenthub:arbitration:1\"", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award", "WRONG_ROOT_ELEMENT");
    }

    @Test
    void aMissingFormatVersionIsRequired() {
        String award = ArbitrationFiles.awardReplacing(" formatVersion=\"1.0\"", "");

        assertOnlyError(ArbitrationFiles.read(award), "/award/@formatVersion", "REQUIRED");
    }

    @Test
    void aLaterMinorVersionIsReadAndAnotherMajorIsNot() {
        assertThat(ArbitrationFiles.read(ArbitrationFiles.awardReplacing("formatVersion=\"1.0\"", "formatVersion=\"1.7\""))
                .accepted()).isTrue();
        assertOnlyError(ArbitrationFiles.read(ArbitrationFiles.awardReplacing("formatVersion=\"1.0\"",
                "formatVersion=\"2.0\"")), "/award/@formatVersion", "UNSUPPORTED_FORMAT_VERSION");
    }

    static void assertOnlyError(Conversion<ArbitrationAward> conversion, String path, String code) {
        assertThat(conversion.record()).isNull();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code));
    }
}
