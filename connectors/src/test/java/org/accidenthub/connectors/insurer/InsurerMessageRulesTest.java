package org.accidenthub.connectors.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of docs/formats/insurer-claim-messages.md: a valid fixture with one thing broken gives
 * exactly that problem, with its code and JSON pointer, and no record.
 */
class InsurerMessageRulesTest {

    @ParameterizedTest(name = "envelope {0} = {1} → {3} at {2}")
    @CsvSource(delimiter = '|', value = {
        "messageId      | ''                                      | /messageId      | REQUIRED",
        "messageId      | 'has space'                             | /messageId      | PATTERN_MISMATCH",
        "messageType    | 'OFFER_REVISED'                         | /messageType    | NOT_ALLOWED_VALUE",
        "messageType    | 'CLAIM_NOTIFICATION'                    | /messageType    | NOT_AN_INBOUND_MESSAGE",
        "messageType    | 'CLAIM_STATUS_CHANGE'                   | /messageType    | NOT_AN_INBOUND_MESSAGE",
        "sentAt         | '2026-11-28T09:12:00'                   | /sentAt         | INVALID_DATE_TIME",
        "sentAt         | '2026-12-04T18:05:01+08:00'             | /sentAt         | SENT_IN_FUTURE",
        "insurerCode    | 'picc'                                  | /insurerCode    | PATTERN_MISMATCH",
        "claimReference | 'CLM-0001'                              | /claimReference | PATTERN_MISMATCH",
        "formatVersion  | ''                                      | /formatVersion  | REQUIRED"
    })
    void envelopeRule(String field, String value, String path, String code) {
        ObjectNode message = InsurerMessages.tree("liability-admitted.json");
        message.put(field, value);

        assertOnlyProblem(message, path, code);
    }

    @Test
    void sentAtWithinTheClockSkewIsAccepted() {
        ObjectNode message = InsurerMessages.tree("liability-admitted.json");
        message.put("sentAt", "2026-12-04T18:05:00+08:00"); // received at 10:00Z = 18:00+08:00, 5 minutes ahead

        assertThat(InsurerMessages.read(message).errors()).isEmpty();
    }

    @Test
    void anotherMajorVersionIsRefusedAloneAndNothingElseIsChecked() {
        ObjectNode message = InsurerMessages.tree("liability-admitted.json");
        message.put("formatVersion", "2.0");
        message.put("messageId", "has space");

        assertOnlyProblem(message, "/formatVersion", "UNSUPPORTED_FORMAT_VERSION");
    }

    @ParameterizedTest(name = "liability: {0}")
    @CsvSource(delimiter = '|', value = {
        "no decision                    | {}                                                                       | /body/decision              | REQUIRED",
        "unknown decision               | {\"decision\":\"PARTLY\"}                                                | /body/decision              | NOT_ALLOWED_VALUE",
        "refusal without reason         | {\"decision\":\"NOT_ADMITTED\"}                                          | /body/decisionReason        | REQUIRED",
        "negligence without reason      | {\"decision\":\"ADMITTED_WITH_NEGLIGENCE\",\"claimantNegligencePct\":20} | /body/decisionReason        | REQUIRED",
        "blank reason                   | {\"decision\":\"NOT_ADMITTED\",\"decisionReason\":\"  \"}                | /body/decisionReason        | REQUIRED",
        "negligence with ADMITTED       | {\"decision\":\"ADMITTED\",\"claimantNegligencePct\":20}                 | /body/claimantNegligencePct | NOT_APPLICABLE",
        "negligence 100                 | {\"decision\":\"ADMITTED_WITH_NEGLIGENCE\",\"decisionReason\":\"r\",\"claimantNegligencePct\":100} | /body/claimantNegligencePct | OUT_OF_RANGE",
        "negligence as text             | {\"decision\":\"ADMITTED_WITH_NEGLIGENCE\",\"decisionReason\":\"r\",\"claimantNegligencePct\":\"20\"} | /body/claimantNegligencePct | WRONG_TYPE"
    })
    void liabilityRule(String what, String body, String path, String code) throws Exception {
        ObjectNode message = InsurerMessages.tree("liability-admitted.json");
        message.set("body", InsurerMessages.JSON.readTree(body));

        assertOnlyProblem(message, path, code);
    }

    @Test
    void aReasonOverTwoThousandCharactersIsTooLong() {
        ObjectNode message = InsurerMessages.tree("liability-not-admitted.json");
        ((ObjectNode) message.get("body")).put("decisionReason", "理".repeat(2001));

        assertOnlyProblem(message, "/body/decisionReason", "TOO_LONG");
    }

    @ParameterizedTest(name = "offer {0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "calculationVersion | 0         | OUT_OF_RANGE",
        "calculationVersion | 1.5       | WRONG_TYPE",
        "offerAmount        | 86250.4   | PATTERN_MISMATCH",
        "offerAmount        | 0.00      | OUT_OF_RANGE",
        "offerAmount        | -1.00     | OUT_OF_RANGE",
        "offerAmount        | 100000000000000.00 | OUT_OF_RANGE",
        "currency           | USD       | NOT_ALLOWED_VALUE"
    })
    void offerRule(String field, String value, String code) throws Exception {
        ObjectNode message = InsurerMessages.tree("offer.json");
        ObjectNode body = (ObjectNode) message.get("body");
        if (field.equals("calculationVersion")) {
            body.set(field, InsurerMessages.JSON.readTree(value));
        } else {
            body.put(field, value);
        }

        assertOnlyProblem(message, "/body/" + field, code);
    }

    @Test
    void anAmountAsAJsonNumberIsTheWrongType() {
        ObjectNode message = InsurerMessages.tree("offer.json");
        ((ObjectNode) message.get("body")).put("offerAmount", 86250.40);

        assertOnlyProblem(message, "/body/offerAmount", "WRONG_TYPE");
    }

    @Test
    void anOfferWithoutItsFieldsListsEveryMissingOne() {
        ObjectNode message = InsurerMessages.tree("offer.json");
        message.putObject("body");

        assertThat(InsurerMessages.read(message).errors()).extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(tuple("/body/calculationVersion", "REQUIRED"),
                        tuple("/body/offerAmount", "REQUIRED"), tuple("/body/currency", "REQUIRED"));
    }

    @ParameterizedTest(name = "payment {0} = {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "paidAmount       | 1,000.00   | PATTERN_MISMATCH",
        "paymentDate      | 2026-02-30 | INVALID_DATE",
        "paymentDate      | 2026-12-05 | DATE_IN_FUTURE",
        "paymentReference | ''         | REQUIRED",
        "currency         | cny        | NOT_ALLOWED_VALUE"
    })
    void paymentRule(String field, String value, String code) {
        ObjectNode message = InsurerMessages.tree("payment-confirmation.json");
        ((ObjectNode) message.get("body")).put(field, value);

        assertOnlyProblem(message, "/body/" + field, code);
    }

    @Test
    void aPaymentReferenceOverSixtyFourCharactersIsTooLong() {
        ObjectNode message = InsurerMessages.tree("payment-confirmation.json");
        ((ObjectNode) message.get("body")).put("paymentReference", "R".repeat(65));

        assertOnlyProblem(message, "/body/paymentReference", "TOO_LONG");
    }

    @Test
    void todayInChinaIsAPaymentDateAlthoughItIsStillYesterdayInUtc() {
        // received at 2026-12-04T10:00Z; a message received at 20:00Z is already the 5th in China
        ObjectNode message = InsurerMessages.tree("payment-confirmation.json");
        ((ObjectNode) message.get("body")).put("paymentDate", "2026-12-05");
        var late = new InsurerMessageConnector().read(InsurerMessages.bytes(message),
                new org.accidenthub.connectors.spi.ReadContext(java.time.Instant.parse("2026-12-04T20:00:00Z")));

        assertThat(late.errors()).isEmpty();
    }

    @Test
    void missingBodyIsRequired() {
        assertOnlyProblemAfter("offer.json", message -> message.remove("body"), "/body", "REQUIRED");
    }

    @Test
    void bodyThatIsNoObjectIsTheWrongType() {
        assertOnlyProblemAfter("offer.json", message -> message.put("body", "offer"), "/body", "WRONG_TYPE");
    }

    @Test
    void everyProblemOfOneMessageIsReportedAtOnce() {
        ObjectNode message = InsurerMessages.tree("payment-confirmation.json");
        message.put("insurerCode", "picc").remove("sentAt");
        ((ObjectNode) message.get("body")).put("paidAmount", "12").put("paymentDate", "04/12/2026");

        assertThat(InsurerMessages.read(message).errors()).extracting(Problem::path, Problem::code)
                .containsExactlyInAnyOrder(tuple("/insurerCode", "PATTERN_MISMATCH"), tuple("/sentAt", "REQUIRED"),
                        tuple("/body/paidAmount", "PATTERN_MISMATCH"), tuple("/body/paymentDate", "INVALID_DATE"));
    }

    @Test
    void unknownFieldsAreWarnedAboutAndIgnored() {
        ObjectNode message = InsurerMessages.tree("offer.json");
        message.put("channel", "core-7");
        ((ObjectNode) message.get("body")).put("handler", "zhang");

        Conversion<SpecificRecordBase> read = InsurerMessages.read(message);

        assertThat(read.accepted()).isTrue();
        assertThat(read.warnings()).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("/channel", "UNKNOWN_FIELD"), tuple("/body/handler", "UNKNOWN_FIELD"));
    }

    @Test
    void aMessageOverTheSizeCapIsRefusedUnread() {
        byte[] huge = new byte[InsurerMessageConnector.MAX_MESSAGE_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) ' ');

        assertOnlyProblem(huge, "", "MESSAGE_TOO_LARGE");
    }

    @Test
    void aMessageAtTheSizeCapIsRead() {
        byte[] message = InsurerMessages.bytes("offer.json");
        byte[] padded = new byte[InsurerMessageConnector.MAX_MESSAGE_BYTES];
        java.util.Arrays.fill(padded, (byte) ' ');
        System.arraycopy(message, 0, padded, 0, message.length);

        assertThat(InsurerMessages.read(padded).errors()).isEmpty();
    }

    @ParameterizedTest(name = "unreadable: {0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON          | {\"messageId\":         | | MALFORMED_JSON",
        "empty             | ''                     | | MALFORMED_JSON",
        "an array          | []                     | | WRONG_TYPE",
        "a key twice       | {\"messageId\":\"a\",\"messageId\":\"b\"} | /messageId | DUPLICATE_KEY"
    })
    void unreadableMessage(String what, String text, String path, String code) {
        Conversion<SpecificRecordBase> read = InsurerMessages.read(text.getBytes(StandardCharsets.UTF_8));

        assertThat(read.record()).isNull();
        assertThat(read.errors()).extracting(Problem::path, Problem::code).contains(tuple(path == null ? "" : path, code));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        assertOnlyProblem(new byte[] {(byte) 0xC3, (byte) 0x28}, "", "INVALID_ENCODING");
    }

    private static void assertOnlyProblemAfter(String fixture, Consumer<ObjectNode> change, String path, String code) {
        ObjectNode message = InsurerMessages.tree(fixture);
        change.accept(message);
        assertOnlyProblem(message, path, code);
    }

    private static void assertOnlyProblem(ObjectNode message, String path, String code) {
        assertOnlyProblem(InsurerMessages.bytes(message), path, code);
    }

    private static void assertOnlyProblem(byte[] message, String path, String code) {
        Conversion<SpecificRecordBase> read = InsurerMessages.read(message);

        assertThat(read.record()).isNull();
        assertThat(read.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code));
    }
}
