package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.claims.ClaimsApi.CPIC;
import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.accidenthub.hub.claims.InsurerMessagesApi.MESSAGES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/** POST /api/v1/insurer/messages: who may send what, bad messages, and consumption once per messageId. */
@QuarkusTest
class InsurerMessagesTest {

    @Test
    void without_a_token_the_answer_is_401() {
        given().contentType("application/json").body("{}").post(MESSAGES).then().statusCode(401);
    }

    @Test
    void a_police_token_is_403() {
        String claimId = ClaimsApi.piccClaim();
        InsurerMessagesApi.send(PoliceUploads.ZMD, InsurerMessagesApi.admitted("PICC", claimId)).then().statusCode(403);
    }

    @Test
    void a_message_in_another_insurers_name_is_403_and_changes_nothing() {
        String claimId = ClaimsApi.piccClaim();
        ObjectNode message = InsurerMessagesApi.admitted("PICC", claimId);

        InsurerMessagesApi.send(CPIC, message).then().statusCode(403)
                .contentType("application/problem+json");

        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("NOTIFIED"));
        assertThat(InsurerMessagesApi.storedAnswers(message.get("messageId").asText())).isZero();
    }

    @Test
    void another_insurers_claim_is_404_like_an_unknown_one_and_nothing_is_stored() {
        String caseId = ClaimsApi.exampleCase();
        String piccClaim = ClaimsApi.claimOf(caseId, PICC);
        long events = InsurerMessagesApi.events(caseId);
        ObjectNode message = InsurerMessagesApi.admitted("CPIC", piccClaim);

        InsurerMessagesApi.send(CPIC, message).then().statusCode(404).contentType("application/problem+json");

        ClaimsApi.read(PICC, piccClaim).then().body("state", equalTo("NOTIFIED"));
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.storedAnswers(message.get("messageId").asText())).isZero();
    }

    @Test
    void a_bad_message_is_422_with_every_problem_at_its_pointer_and_nothing_is_stored() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        long events = InsurerMessagesApi.events(caseId);
        ObjectNode message = InsurerMessagesApi.payment("PICC", claimId, "12", "");
        message.remove("sentAt");

        InsurerMessagesApi.send(PICC, message).then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/sentAt", "/body/paidAmount", "/body/paymentReference"))
                .body("errors.code", containsInAnyOrder("REQUIRED", "PATTERN_MISMATCH", "REQUIRED"));

        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.storedAnswers(message.get("messageId").asText())).isZero();
    }

    @Test
    void an_offer_of_a_calculation_version_the_case_does_not_have_is_422_at_its_field() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        InsurerMessagesApi.send(PICC, InsurerMessagesApi.admitted("PICC", claimId)).then().statusCode(200);
        Calculations.upTo(PICC, claimId, 1);
        long events = InsurerMessagesApi.events(caseId);
        ObjectNode offer = InsurerMessagesApi.offer("PICC", claimId, 2, "5000.00");

        InsurerMessagesApi.send(PICC, offer).then().statusCode(422)
                .body("errors.path", contains("/body/calculationVersion"))
                .body("errors.code", contains("UNKNOWN_CALCULATION_VERSION"));

        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("LIABILITY_ADMITTED"));
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.storedAnswers(offer.get("messageId").asText())).isZero();
    }

    @Test
    void a_message_the_state_does_not_allow_is_409_and_may_be_sent_again_under_its_id_once_allowed() {
        String claimId = ClaimsApi.piccClaim();
        Calculations.upTo(PICC, claimId, 1);
        ObjectNode offer = InsurerMessagesApi.offer("PICC", claimId, 1, "5000.00");

        InsurerMessagesApi.send(PICC, offer).then().statusCode(409)
                .body("type", equalTo("urn:accident-hub:problem:conflict"));
        assertThat(InsurerMessagesApi.storedAnswers(offer.get("messageId").asText())).isZero();

        InsurerMessagesApi.send(PICC, InsurerMessagesApi.admitted("PICC", claimId)).then().statusCode(200);
        InsurerMessagesApi.send(PICC, offer).then().statusCode(200).body("claimStatus", equalTo("OFFERED"));
    }

    @Test
    void a_resend_answers_the_same_and_changes_nothing() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        InsurerMessagesApi.send(PICC, InsurerMessagesApi.admitted("PICC", claimId)).then().statusCode(200);
        Calculations.upTo(PICC, claimId, 1);
        InsurerMessagesApi.send(PICC, InsurerMessagesApi.offer("PICC", claimId, 1, "5000.00")).then().statusCode(200);
        ObjectNode payment = InsurerMessagesApi.payment("PICC", claimId, "2000.00", "PAY-" + claimId);

        Response first = InsurerMessagesApi.send(PICC, payment);
        long events = InsurerMessagesApi.events(caseId);
        Response again = InsurerMessagesApi.send(PICC, payment);

        first.then().statusCode(200).body("messageType", equalTo("PAYMENT_CONFIRMATION"))
                .body("claimStatus", equalTo("PARTLY_PAID")).body("result.paidTotal", equalTo("2000.00"));
        assertThat(again.statusCode()).isEqualTo(first.statusCode());
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.payments(claimId)).isOne();
        assertThat(InsurerMessagesApi.storedAnswers(payment.get("messageId").asText())).isOne();
    }

    @Test
    void a_resend_with_other_formatting_and_key_order_is_the_same_message() throws Exception {
        String claimId = ClaimsApi.piccClaim();
        ObjectNode message = InsurerMessagesApi.admitted("PICC", claimId);
        String first = InsurerMessagesApi.send(PICC, message).then().statusCode(200).extract().asString();

        ObjectNode reordered = InsurerMessagesApi.JSON.createObjectNode();
        reordered.set("body", message.get("body"));
        message.fieldNames().forEachRemaining(name -> reordered.set(name, message.get(name)));
        String pretty = InsurerMessagesApi.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(reordered);

        given().auth().oauth2(PICC).contentType("application/json").body(pretty).post(MESSAGES)
                .then().statusCode(200).body(equalTo(first));
    }

    @Test
    void the_same_message_id_with_another_message_is_409_and_changes_nothing() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        ObjectNode admitted = InsurerMessagesApi.admitted("PICC", claimId);
        InsurerMessagesApi.send(PICC, admitted).then().statusCode(200);
        long events = InsurerMessagesApi.events(caseId);

        ObjectNode denied = admitted.deepCopy();
        ((ObjectNode) denied.get("body")).put("decision", "NOT_ADMITTED").put("decisionReason", "policy lapsed");

        InsurerMessagesApi.send(PICC, denied).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:accident-hub:problem:conflict"));
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("LIABILITY_ADMITTED"));
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.storedAnswers(admitted.get("messageId").asText())).isOne();
    }

    @Test
    void message_ids_are_per_sender_so_two_insurers_may_use_the_same_one() {
        String caseId = ClaimsApi.exampleCase();
        String piccClaim = ClaimsApi.claimOf(caseId, PICC);
        String cpicClaim = ClaimsApi.claimOf(caseId, CPIC);
        String shared = "LR-000001-" + caseId;

        InsurerMessagesApi.send(PICC, InsurerMessagesApi.message("LIABILITY_RESPONSE", "PICC", piccClaim, shared)
                .set("body", InsurerMessagesApi.JSON.createObjectNode().put("decision", "ADMITTED"))).then()
                .statusCode(200);
        ObjectNode cpic = InsurerMessagesApi.message("LIABILITY_RESPONSE", "CPIC", cpicClaim, shared);
        ((ObjectNode) cpic.get("body")).put("decision", "NOT_ADMITTED").put("decisionReason", "policy lapsed");
        InsurerMessagesApi.send(CPIC, cpic).then().statusCode(200).body("claimStatus", equalTo("LIABILITY_DENIED"));

        assertThat(InsurerMessagesApi.storedAnswers(shared)).isEqualTo(2);
    }

    @Test
    void a_message_over_64_kib_is_413() {
        ObjectNode message = InsurerMessagesApi.admitted("PICC", ClaimsApi.piccClaim());
        message.put("padding", " ".repeat(70_000));

        InsurerMessagesApi.send(PICC, message).then().statusCode(413);
    }
}
