package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.claims.ClaimsApi.CLAIMS;
import static org.accidenthub.hub.claims.ClaimsApi.CPIC;
import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.accidenthub.hub.claims.ClaimsApi.V1_COMMERCIAL;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The acceptance journey: police file with finding → claim → liability → offer → payment → settled. */
@QuarkusTest
class ClaimJourneyTest {

    @Test
    void a_police_file_with_a_finding_ends_in_a_claim_settled_by_picc_that_cpic_cannot_see() {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        ClaimsApi.read(PICC, claimId).then().statusCode(200)
                .body("state", equalTo("NOTIFIED"))
                .body("victim.ref", equalTo("P2"))
                .body("covers", hasSize(2));

        ClaimsApi.verify(claimId, V1_COMMERCIAL, "CONFIRMED").then().statusCode(201)
                .body("verification.result", equalTo("CONFIRMED"));
        ClaimsApi.admit(claimId).then().statusCode(200)
                .body("claimState", equalTo("LIABILITY_ADMITTED"))
                .body("liability.answer", equalTo("ADMITTED"));
        ClaimsApi.offer(claimId, 1, "86250.40").then().statusCode(201)
                .body("claimState", equalTo("OFFERED"))
                .body("offer.number", equalTo(1))
                .body("offer.calculationVersion", equalTo(1))
                .body("offer.amount", equalTo("86250.40"));
        ClaimsApi.pay(claimId, "86250.40", ClaimsApi.today(), "PICC-PAY-0001").then().statusCode(201)
                .body("claimState", equalTo("SETTLED"))
                .body("paidTotal", equalTo("86250.40"));

        ClaimsApi.read(PICC, claimId).then().statusCode(200)
                .body("state", equalTo("SETTLED"))
                .body("agreedAmount", equalTo("86250.40"))
                .body("paidTotal", equalTo("86250.40"))
                .body("payments[0].reference", equalTo("PICC-PAY-0001"))
                .body("covers.find { it.policyNumber == '" + V1_COMMERCIAL + "' }.verification.result",
                        equalTo("CONFIRMED"))
                .body("deadlines.find { it.kind == 'DECISION' }.status", equalTo("MET"))
                .body("deadlines.find { it.kind == 'PAYMENT' }.status", equalTo("MET"))
                .body("deadlines.find { it.kind == 'FIXABLE_PART' }.status", equalTo("MET"))
                .body("overdue", equalTo(false))
                .body("caseFacts.reportNumber", equalTo(given().auth().oauth2(PICC).get("/api/v1/cases/{id}", caseId)
                        .path("reportNumber")));
        ClaimsApi.read(CPIC, claimId).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void the_claim_shows_the_cases_key_facts_without_identity_numbers() {
        String claimId = ClaimsApi.piccClaim();

        ClaimsApi.read(PICC, claimId).then().statusCode(200)
                .body("caseFacts.occurredAt", equalTo("2026-10-03T00:15:00Z"))
                .body("caseFacts.findingKind", equalTo("LIABILITY_FINDING"))
                .body("caseFacts.parties.find { it.ref == 'P1' }.name", equalTo("张伟"))
                .body("caseFacts.parties.find { it.ref == 'P1' }.responsibilityShare", equalTo(70))
                .body("caseFacts.parties.find { it.ref == 'P2' }.responsibilityShare", equalTo(30))
                .body("caseFacts.parties.find { it.ref == 'P1' }.idNumber", nullValue())
                .body("caseFacts.vehicles.find { it.ref == 'V1' }.plate", equalTo("豫Q12345"))
                .body("caseFacts.vehicles.find { it.ref == 'V2' }.plate", equalTo("豫QD67890"))
                .body("liability", nullValue())
                .body("agreedAmount", nullValue())
                .body("paidTotal", equalTo("0.00"));
    }

    @Test
    void a_listing_pages_as_the_case_search_does() {
        String caseId = ClaimsApi.exampleCase();

        given().auth().oauth2(PICC).queryParam("caseId", caseId).queryParam("state", "NOTIFIED").get(CLAIMS)
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].victimRef", equalTo("P2"))
                .body("items[0].insurerCode", equalTo("PICC"))
                .body("items[0].overdue", equalTo(false))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("total", equalTo(1));
        given().auth().oauth2(PICC).queryParam("caseId", caseId).queryParam("state", "SETTLED").get(CLAIMS)
                .then().statusCode(200).body("total", equalTo(0));
    }
}
