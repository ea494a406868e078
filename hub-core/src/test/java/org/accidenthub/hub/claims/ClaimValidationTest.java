package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.claims.ClaimsApi.CLAIMS;
import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every validation rule of the insurer writes answers 422 with its path and code; nothing is stored. */
@QuarkusTest
class ClaimValidationTest {

    String claimId;

    @BeforeEach
    void openTheExample() {
        claimId = ClaimsApi.piccClaim();
    }

    @Test
    void a_liability_answer_is_required_and_must_be_a_known_one() {
        invalid("liability", Map.of()).body("errors.path", contains("/answer")).body("errors.code", contains("REQUIRED"));
        invalid("liability", Map.of("answer", "MAYBE"))
                .body("errors.path", contains("/answer")).body("errors.code", contains("NOT_ALLOWED_VALUE"));
    }

    @Test
    void not_admitted_and_admitted_with_negligence_need_a_reason() {
        invalid("liability", Map.of("answer", "NOT_ADMITTED"))
                .body("errors.path", contains("/reason")).body("errors.code", contains("REQUIRED"));
        invalid("liability", Map.of("answer", "ADMITTED_WITH_NEGLIGENCE", "reason", " "))
                .body("errors.path", contains("/reason")).body("errors.code", contains("REQUIRED"));
    }

    @Test
    void a_reason_may_have_at_most_2000_characters() {
        invalid("liability", Map.of("answer", "NOT_ADMITTED", "reason", "x".repeat(2001)))
                .body("errors.path", contains("/reason")).body("errors.code", contains("TOO_LONG"));
    }

    @Test
    void a_negligence_percentage_is_between_1_and_99_and_only_with_admitted_with_negligence() {
        invalid("liability", Map.of("answer", "ADMITTED_WITH_NEGLIGENCE", "reason", "speeding", "negligencePercent", 100))
                .body("errors.path", contains("/negligencePercent")).body("errors.code", contains("OUT_OF_RANGE"));
        invalid("liability", Map.of("answer", "ADMITTED", "negligencePercent", 20))
                .body("errors.path", contains("/negligencePercent")).body("errors.code", contains("NOT_APPLICABLE"));
    }

    @Test
    void an_offer_lists_every_problem_at_once() {
        invalid("offers", Map.of("calculationVersion", 0, "amount", "12.5", "note", "n".repeat(2001)))
                .body("errors", hasSize(3))
                .body("errors.path", containsInAnyOrder("/calculationVersion", "/amount", "/note"))
                .body("errors.code", containsInAnyOrder("OUT_OF_RANGE", "PATTERN_MISMATCH", "TOO_LONG"));
    }

    @Test
    void an_offer_needs_a_calculation_version_and_an_amount() {
        invalid("offers", Map.of())
                .body("errors.path", containsInAnyOrder("/calculationVersion", "/amount"))
                .body("errors.code", contains("REQUIRED", "REQUIRED"));
    }

    @Test
    void an_amount_is_a_decimal_string_with_two_places_above_zero() {
        for (String amount : new String[] {"100", "100.5", "1,000.00", "1e3"}) {
            invalid("offers", Map.of("calculationVersion", 1, "amount", amount))
                    .body("errors.path", contains("/amount")).body("errors.code", contains("PATTERN_MISMATCH"));
        }
        for (String amount : new String[] {"0.00", "-5.00", "100000000000000.00"}) {
            invalid("offers", Map.of("calculationVersion", 1, "amount", amount))
                    .body("errors.path", contains("/amount")).body("errors.code", contains("OUT_OF_RANGE"));
        }
    }

    @Test
    void a_payment_needs_an_amount_a_date_and_a_reference() {
        invalid("payments", Map.of())
                .body("errors.path", containsInAnyOrder("/amount", "/paidOn", "/reference"))
                .body("errors.code", contains("REQUIRED", "REQUIRED", "REQUIRED"));
    }

    @Test
    void a_payment_date_is_a_date_and_not_in_the_future() {
        invalid("payments", Map.of("amount", "1.00", "paidOn", "03/10/2026", "reference", "R1"))
                .body("errors.path", contains("/paidOn")).body("errors.code", contains("INVALID_DATE"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        invalid("payments", Map.of("amount", "1.00", "paidOn", tomorrow, "reference", "R1"))
                .body("errors.path", contains("/paidOn")).body("errors.code", contains("DATE_IN_FUTURE"));
    }

    @Test
    void a_payment_reference_has_at_most_64_characters() {
        invalid("payments", Map.of("amount", "1.00", "paidOn", ClaimsApi.today(), "reference", "R".repeat(65)))
                .body("errors.path", contains("/reference")).body("errors.code", contains("TOO_LONG"));
    }

    @Test
    void a_policy_verification_needs_a_policy_number_and_a_known_result() {
        invalid("policy-verifications", Map.of("result", "PERHAPS"))
                .body("errors.path", containsInAnyOrder("/policyNumber", "/result"))
                .body("errors.code", containsInAnyOrder("REQUIRED", "NOT_ALLOWED_VALUE"));
    }

    @Test
    void a_policy_verification_names_one_of_the_claims_covers() {
        invalid("policy-verifications", Map.of("policyNumber", ClaimsApi.V2_COMPULSORY, "result", "NOT_FOUND"))
                .body("errors.path", contains("/policyNumber")).body("errors.code", contains("NOT_A_COVER"));
    }

    @Test
    void a_write_without_a_body_is_one_problem_at_the_root() {
        given().auth().oauth2(PICC).contentType("application/json").post(CLAIMS + "/{id}/liability", claimId)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", contains("")).body("errors.code", contains("REQUIRED"));
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request() {
        given().auth().oauth2(PICC).contentType("application/json").body("{\"answer\": ")
                .post(CLAIMS + "/{id}/liability", claimId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.code", contains("MALFORMED_JSON"));
    }

    @Test
    void a_field_of_the_wrong_json_type_is_a_bad_request() {
        given().auth().oauth2(PICC).contentType("application/json").body("{\"calculationVersion\": \"one\"}")
                .post(CLAIMS + "/{id}/offers", claimId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", contains("/calculationVersion"))
                .body("errors.code", contains("WRONG_TYPE"));
    }

    @Test
    void a_rejected_write_stores_nothing() {
        invalid("payments", Map.of("amount", "0.00", "paidOn", ClaimsApi.today(), "reference", "R1"));
        invalid("liability", Map.of("answer", "NOT_ADMITTED"));

        assertThat(Database.count("select count(*) from claim_payments where claim_id::text = ?", claimId)).isZero();
        assertThat(Database.count("select count(*) from outbox_events e join claims c on c.case_id::text = e.aggregateid"
                + " where c.id::text = ? and e.type like 'CLAIM_%' and e.type <> 'CLAIM_OPENED'", claimId)).isZero();
        ClaimsApi.read(PICC, claimId).then().body("state", equalTo("NOTIFIED"));
    }

    @Test
    void listing_filters_that_cannot_be_used_are_a_bad_request_listing_every_problem() {
        given().auth().oauth2(PICC)
                .queryParams(new HashMap<>(Map.of("state", "OPEN", "overdue", "yes", "caseId", "case-1", "size", "0")))
                .get(CLAIMS).then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/query/state", "/query/overdue", "/query/caseId", "/query/size"))
                .body("errors.code", containsInAnyOrder("NOT_ALLOWED_VALUE", "NOT_A_BOOLEAN", "INVALID_UUID",
                        "OUT_OF_RANGE"));
    }

    private ValidatableResponse invalid(String what, Map<String, ?> body) {
        return ClaimsApi.post(PICC, claimId, what, body).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:accident-hub:problem:validation-failed"));
    }
}
