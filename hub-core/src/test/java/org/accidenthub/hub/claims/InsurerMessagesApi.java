package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Database;

/** Insurer messages as an insurer core system sends them (docs/formats/insurer-claim-messages.md). */
final class InsurerMessagesApi {

    static final String MESSAGES = "/api/v1/insurer/messages";
    static final ObjectMapper JSON = new ObjectMapper();

    private InsurerMessagesApi() {
    }

    /** A fresh, sender-unique message id. */
    static String newMessageId(String insurerCode) {
        return insurerCode + "-" + UUID.randomUUID();
    }

    static ObjectNode message(String type, String insurerCode, String claimId, String messageId) {
        ObjectNode message = JSON.createObjectNode()
                .put("formatVersion", "1.0")
                .put("messageId", messageId)
                .put("messageType", type)
                .put("sentAt", OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString())
                .put("insurerCode", insurerCode)
                .put("claimReference", claimId);
        message.putObject("body");
        return message;
    }

    static ObjectNode admitted(String insurerCode, String claimId) {
        ObjectNode message = message("LIABILITY_RESPONSE", insurerCode, claimId, newMessageId(insurerCode));
        ((ObjectNode) message.get("body")).put("decision", "ADMITTED");
        return message;
    }

    static ObjectNode offer(String insurerCode, String claimId, int calculationVersion, String amount) {
        ObjectNode message = message("OFFER", insurerCode, claimId, newMessageId(insurerCode));
        ((ObjectNode) message.get("body")).put("calculationVersion", calculationVersion).put("offerAmount", amount)
                .put("currency", "CNY").put("remarks", "from calculation " + calculationVersion);
        return message;
    }

    static ObjectNode payment(String insurerCode, String claimId, String amount, String reference) {
        ObjectNode message = message("PAYMENT_CONFIRMATION", insurerCode, claimId, newMessageId(insurerCode));
        ((ObjectNode) message.get("body")).put("paidAmount", amount).put("currency", "CNY")
                .put("paymentDate", ClaimsApi.today()).put("paymentReference", reference);
        return message;
    }

    static Response send(String token, ObjectNode message) {
        return given().auth().oauth2(token).contentType("application/json").body(message.toString()).post(MESSAGES);
    }

    /** Stored answers under a key, of any sender and channel. */
    static long storedAnswers(String key) {
        return Database.count("select count(*) from idempotent_requests where idempotency_key = ?", key);
    }

    static long events(String caseId) {
        return Database.count("select count(*) from outbox_events where aggregateid = ?", caseId);
    }

    static long payments(String claimId) {
        return Database.count("select count(*) from claim_payments where claim_id = cast(? as uuid)", claimId);
    }
}
