package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.claims.ClaimsApi.CLAIMS;
import static org.accidenthub.hub.claims.ClaimsApi.CPIC;
import static org.accidenthub.hub.claims.ClaimsApi.PINGAN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may see and answer which claims (domain reference §2: an insurer only the claims addressed to it). */
@QuarkusTest
class ClaimAccessTest {

    String caseId;
    String piccClaim;

    @BeforeEach
    void openTheExample() {
        caseId = ClaimsApi.exampleCase();
        piccClaim = ClaimsApi.claimOf(caseId, ClaimsApi.PICC);
    }

    @Test
    void another_insurer_gets_404_for_the_claim_and_for_every_write_on_it() {
        ClaimsApi.read(CPIC, piccClaim).then().statusCode(404).contentType("application/problem+json");
        ClaimsApi.post(CPIC, piccClaim, "liability", Map.of("answer", "ADMITTED")).then().statusCode(404);
        ClaimsApi.post(CPIC, piccClaim, "offers", Map.of("calculationVersion", 1, "amount", "1.00"))
                .then().statusCode(404);
        ClaimsApi.post(CPIC, piccClaim, "payments", Map.of("amount", "1.00", "paidOn", ClaimsApi.today(),
                "reference", "X")).then().statusCode(404);
        ClaimsApi.post(CPIC, piccClaim, "policy-verifications", Map.of("policyNumber", ClaimsApi.V1_COMPULSORY,
                "result", "CONFIRMED")).then().statusCode(404);

        ClaimsApi.read(ClaimsApi.PICC, piccClaim).then().statusCode(200).body("state", equalTo("NOTIFIED"));
    }

    @Test
    void cpic_lists_only_its_own_claim_of_the_case() {
        given().auth().oauth2(CPIC).queryParam("caseId", caseId).get(CLAIMS).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].insurerCode", equalTo("CPIC"))
                .body("items[0].victimRef", equalTo("P1"));
    }

    @Test
    void an_insurer_without_a_claim_in_the_case_sees_none() {
        given().auth().oauth2(PINGAN).queryParam("caseId", caseId).get(CLAIMS).then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
        ClaimsApi.read(PINGAN, piccClaim).then().statusCode(404);
    }

    @Test
    void claims_without_a_token_are_refused_with_401() {
        given().get(CLAIMS).then().statusCode(401).contentType("application/problem+json");
        given().get(CLAIMS + "/{id}", piccClaim).then().statusCode(401);
        given().contentType("application/json").body(Map.of("answer", "ADMITTED"))
                .post(CLAIMS + "/{id}/liability", piccClaim).then().statusCode(401);
    }

    @Test
    void a_police_token_is_forbidden_on_the_insurer_endpoints() {
        given().auth().oauth2(PoliceUploads.ZMD).get(CLAIMS).then().statusCode(403)
                .contentType("application/problem+json");
        ClaimsApi.read(PoliceUploads.ZMD, piccClaim).then().statusCode(403);
        ClaimsApi.post(PoliceUploads.ZMD, piccClaim, "liability", Map.of("answer", "ADMITTED"))
                .then().statusCode(403);
    }

    @Test
    void an_insurer_role_acting_for_another_kind_of_organisation_sees_no_claim() {
        String mixed = TestTokens.token("confused", Set.of("insurer"), "POLICE", "PICC", "hub-cli");

        ClaimsApi.read(mixed, piccClaim).then().statusCode(404);
        given().auth().oauth2(mixed).queryParam("caseId", caseId).get(CLAIMS).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void a_malformed_or_unknown_claim_id_is_not_found() {
        ClaimsApi.read(ClaimsApi.PICC, "not-a-uuid").then().statusCode(404);
        ClaimsApi.read(ClaimsApi.PICC, UUID.randomUUID().toString()).then().statusCode(404);
        ClaimsApi.admit(UUID.randomUUID().toString()).then().statusCode(404);
    }

    @Test
    void the_owning_police_unit_reads_the_claims_of_its_case() {
        ClaimsApi.claimsOfCase(caseId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(2));
    }

    @Test
    void another_police_unit_gets_404_for_the_claims_of_the_case() {
        given().auth().oauth2(TestTokens.police(TestTokens.SQ_UNIT)).get("/api/v1/cases/{id}/claims", caseId)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_insurer_cannot_use_the_police_view_of_a_cases_claims() {
        given().auth().oauth2(ClaimsApi.PICC).get("/api/v1/cases/{id}/claims", caseId).then().statusCode(403);
    }
}
