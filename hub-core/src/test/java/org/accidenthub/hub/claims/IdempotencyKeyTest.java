package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.claims.ClaimsApi.CLAIMS;
import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The claims API's writes with an Idempotency-Key: the same mechanism as insurer messages' messageId. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void a_payment_resent_with_its_key_answers_the_same_and_records_one_payment() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);
        String key = UUID.randomUUID().toString();
        Map<String, String> payment = Map.of("amount", "1000.00", "paidOn", ClaimsApi.today(), "reference", "P-" + key);

        Response first = pay(claimId, key, payment);
        long events = InsurerMessagesApi.events(caseId);
        Response again = pay(claimId, key, payment);

        first.then().statusCode(201).body("claimState", equalTo("PARTLY_PAID"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(InsurerMessagesApi.payments(claimId)).isOne();
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
        assertThat(InsurerMessagesApi.storedAnswers(key)).isOne();
    }

    @Test
    void the_same_key_with_another_body_is_409_and_changes_nothing() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        String key = UUID.randomUUID().toString();
        liability(claimId, key, Map.of("answer", "ADMITTED")).then().statusCode(200);
        long events = InsurerMessagesApi.events(caseId);

        liability(claimId, key, Map.of("answer", "NOT_ADMITTED", "reason", "lapsed")).then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:accident-hub:problem:conflict"));

        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("LIABILITY_ADMITTED"));
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
    }

    @Test
    void the_same_key_on_another_claim_is_another_request() {
        String key = UUID.randomUUID().toString();
        liability(ClaimsApi.piccClaim(), key, Map.of("answer", "ADMITTED")).then().statusCode(200);

        liability(ClaimsApi.piccClaim(), key, Map.of("answer", "ADMITTED")).then().statusCode(409);
    }

    @Test
    void a_rejected_request_stores_no_answer_so_the_corrected_one_may_use_the_key() {
        String claimId = ClaimsApi.piccClaim();
        String key = UUID.randomUUID().toString();

        liability(claimId, key, Map.of("answer", "NOT_ADMITTED")).then().statusCode(422);
        assertThat(InsurerMessagesApi.storedAnswers(key)).isZero();

        liability(claimId, key, Map.of("answer", "NOT_ADMITTED", "reason", "lapsed")).then().statusCode(200)
                .body("claimState", equalTo("LIABILITY_DENIED"));
    }

    @Test
    void a_key_that_is_not_1_to_64_visible_characters_is_400() {
        String claimId = ClaimsApi.piccClaim();

        liability(claimId, "k".repeat(65), Map.of("answer", "ADMITTED")).then().statusCode(400)
                .body("errors.path", contains("/headers/Idempotency-Key"))
                .body("errors.code", contains("PATTERN_MISMATCH"));
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("NOTIFIED"));
    }

    @Test
    void an_offer_of_a_calculation_version_the_case_does_not_have_is_422_and_writes_nothing() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        ClaimsApi.admit(claimId).then().statusCode(200);
        long events = InsurerMessagesApi.events(caseId);

        ClaimsApi.post(PICC, claimId, "offers", Map.of("calculationVersion", 7, "amount", "100.00"))
                .then().statusCode(422).body("errors.path", contains("/calculationVersion"))
                .body("errors.code", contains("UNKNOWN_CALCULATION_VERSION"));

        ClaimsApi.read(PICC, claimId).then().body("offers.size()", equalTo(0));
        assertThat(InsurerMessagesApi.events(caseId)).isEqualTo(events);
    }

    @Test
    void a_calculation_of_another_case_does_not_count() {
        String other = ClaimsApi.piccClaim();
        Calculations.upTo(PICC, other, 1);
        String claimId = ClaimsApi.piccClaim();
        ClaimsApi.admit(claimId).then().statusCode(200);

        ClaimsApi.post(PICC, claimId, "offers", Map.of("calculationVersion", 1, "amount", "100.00"))
                .then().statusCode(422).body("errors.code", contains("UNKNOWN_CALCULATION_VERSION"));
    }

    private static Response pay(String claimId, String key, Map<String, String> body) {
        return given().auth().oauth2(PICC).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post(CLAIMS + "/{id}/payments", claimId);
    }

    private static Response liability(String claimId, String key, Map<String, String> body) {
        return given().auth().oauth2(PICC).header("Idempotency-Key", key).contentType("application/json").body(body)
                .post(CLAIMS + "/{id}/liability", claimId);
    }
}
