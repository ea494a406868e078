package org.accidenthub.hub.claims;

import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claim states and their guards: an illegal transition is 409; retries answer as the first call did. */
@QuarkusTest
class ClaimTransitionTest {

    String claimId;

    @BeforeEach
    void openTheExample() {
        claimId = ClaimsApi.piccClaim();
    }

    @Test
    void an_offer_before_the_liability_answer_is_refused_with_409() {
        conflict(ClaimsApi.offer(claimId, 1, "1000.00").then());
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("NOTIFIED")).body("offers", hasSize(0));
    }

    @Test
    void an_offer_after_liability_was_denied_is_refused_with_409() {
        ClaimsApi.deny(claimId, "the vehicle was not insured with us at the time").then().statusCode(200)
                .body("claimState", equalTo("LIABILITY_DENIED"));

        conflict(ClaimsApi.offer(claimId, 1, "1000.00").then());
    }

    @Test
    void a_payment_before_an_offer_is_refused_with_409() {
        ClaimsApi.admit(claimId).then().statusCode(200);

        conflict(ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then());
    }

    @Test
    void answering_liability_after_settlement_is_refused_with_409() {
        settle("2000.00");

        conflict(ClaimsApi.deny(claimId, "changed our mind").then());
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("SETTLED"))
                .body("liability.answer", equalTo("ADMITTED"));
    }

    @Test
    void answering_liability_once_an_offer_was_made_is_refused_with_409() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "2000.00").then().statusCode(201);

        conflict(ClaimsApi.deny(claimId, "new evidence").then());
    }

    @Test
    void a_denial_can_be_revised_into_an_admission_before_any_offer() {
        ClaimsApi.deny(claimId, "awaiting the police file").then().statusCode(200);

        ClaimsApi.post(PICC, claimId, "liability", Map.of("answer", "ADMITTED_WITH_NEGLIGENCE",
                        "reason", "the victim drove too fast on a wet road", "negligencePercent", 20))
                .then().statusCode(200)
                .body("claimState", equalTo("LIABILITY_ADMITTED_WITH_NEGLIGENCE"))
                .body("liability.negligencePercent", equalTo(20));
    }

    @Test
    void a_payment_below_the_agreed_amount_leaves_the_claim_partly_paid_until_the_rest_is_paid() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);

        ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201)
                .body("claimState", equalTo("PARTLY_PAID")).body("paidTotal", equalTo("1000.00"));
        ClaimsApi.pay(claimId, "2000.00", ClaimsApi.today(), "PAY-2").then().statusCode(201)
                .body("claimState", equalTo("SETTLED")).body("paidTotal", equalTo("3000.00"));
    }

    @Test
    void a_revised_offer_becomes_the_agreed_amount_and_is_numbered_on() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);
        ClaimsApi.offer(claimId, 2, "3500.00").then().statusCode(201).body("offer.number", equalTo(2));

        ClaimsApi.pay(claimId, "3000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201)
                .body("claimState", equalTo("PARTLY_PAID"));
        ClaimsApi.read(PICC, claimId).then().body("agreedAmount", equalTo("3500.00")).body("offers", hasSize(2));
    }

    @Test
    void a_revised_offer_must_be_above_what_was_paid() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);
        ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201);

        conflict(ClaimsApi.offer(claimId, 2, "1000.00").then());
    }

    @Test
    void a_payment_after_settlement_is_refused_with_409() {
        settle("2000.00");

        conflict(ClaimsApi.pay(claimId, "10.00", ClaimsApi.today(), "PAY-LATE").then());
    }

    @Test
    void a_payment_retried_with_the_same_reference_answers_the_first_result_and_is_recorded_once() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);
        String first = ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201)
                .extract().asString();
        ClaimsApi.pay(claimId, "2000.00", ClaimsApi.today(), "PAY-2").then().statusCode(201)
                .body("claimState", equalTo("SETTLED"));

        String retry = ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201)
                .body("claimState", equalTo("PARTLY_PAID"))
                .extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(Database.count("select count(*) from claim_payments where claim_id::text = ?", claimId))
                .isEqualTo(2);
    }

    @Test
    void the_same_payment_reference_with_another_amount_is_refused_with_409() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "3000.00").then().statusCode(201);
        ClaimsApi.pay(claimId, "1000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201);

        conflict(ClaimsApi.pay(claimId, "1500.00", ClaimsApi.today(), "PAY-1").then());
        ClaimsApi.read(PICC, claimId).then().body("paidTotal", equalTo("1000.00"));
    }

    @Test
    void the_same_liability_answer_again_is_a_retry_that_changes_nothing() {
        String first = ClaimsApi.admit(claimId).then().statusCode(200).extract().asString();

        assertThat(ClaimsApi.admit(claimId).then().statusCode(200).extract().asString()).isEqualTo(first);
        assertThat(Database.count("select count(*) from outbox_events e join claims c on c.case_id::text = e.aggregateid"
                + " where c.id::text = ? and e.type = 'CLAIM_LIABILITY_ANSWERED'", claimId)).isEqualTo(1);
    }

    private void settle(String amount) {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, amount).then().statusCode(201);
        ClaimsApi.pay(claimId, amount, ClaimsApi.today(), "PAY-SETTLE").then().statusCode(201)
                .body("claimState", equalTo("SETTLED"));
    }

    private static void conflict(ValidatableResponse response) {
        response.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:accident-hub:problem:conflict"))
                .body("status", equalTo(409));
    }
}
