package org.accidenthub.hub.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseReadTest {

    static final String ZMD = TestTokens.police(TestTokens.ZMD_UNIT);
    static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);

    String caseId;
    String reportNumber;

    /** Every test reads its own freshly uploaded copy of the example (unit 411700000000). */
    @BeforeEach
    void uploadTheExample() {
        ObjectNode file = PoliceFiles.example();
        reportNumber = file.get("reportNumber").asText();
        caseId = given().auth().oauth2(ZMD).contentType("application/json").body(PoliceFiles.bytes(file))
                .post("/api/v1/police/accident-files").then().statusCode(201).extract().path("caseId");
    }

    @Test
    void the_owning_unit_reads_parties_vehicles_policies_and_shares() {
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("state", equalTo("CLAIMS_OPEN")) // the finding opened claims at once (docs/CLAIMS.md)
                .body("reportNumber", equalTo(reportNumber))
                .body("parties", hasSize(2))
                .body("parties.name", containsInAnyOrder("张伟", "李娜"))
                .body("parties.find { it.ref == 'P1' }.responsibility", equalTo("MAIN"))
                .body("parties.find { it.ref == 'P1' }.responsibilityShare", equalTo(70))
                .body("parties.find { it.ref == 'P2' }.responsibilityShare", equalTo(30))
                .body("vehicles.plate", containsInAnyOrder("豫Q12345", "豫QD67890"))
                .body("vehicles.find { it.ref == 'V1' }.policies", hasSize(2))
                .body("vehicles.find { it.ref == 'V1' }.policies.find { it.kind == 'COMMERCIAL_THIRD_PARTY' }.coverLimit",
                        equalTo("1000000.00"))
                .body("vehicles.find { it.ref == 'V2' }.policies.insurerCode", equalTo(java.util.List.of("CPIC")))
                .body("finding.kind", equalTo("LIABILITY_FINDING"))
                .body("occurredAt", equalTo("2026-10-03T00:15:00Z"));
    }

    @Test
    void another_unit_gets_404_for_the_case_and_its_revisions() {
        given().auth().oauth2(SQ).get("/api/v1/cases/{id}", caseId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(SQ).get("/api/v1/cases/{id}/revisions", caseId).then().statusCode(404);
        given().auth().oauth2(SQ).get("/api/v1/cases/{id}/revisions/1", caseId).then().statusCode(404);
    }

    @Test
    void an_insurer_with_a_policy_on_a_vehicle_reads_the_case() {
        given().auth().oauth2(TestTokens.insurer("PICC")).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("caseId", equalTo(caseId));
        given().auth().oauth2(TestTokens.insurer("CPIC")).get("/api/v1/cases/{id}", caseId).then().statusCode(200);
    }

    @Test
    void an_insurer_without_a_policy_on_the_case_gets_404() {
        given().auth().oauth2(TestTokens.insurer("PINGAN")).get("/api/v1/cases/{id}", caseId).then()
                .statusCode(404);
    }

    @Test
    void roles_whose_cases_come_from_later_journeys_see_no_case_yet() {
        String mediator = TestTokens.token("mediator-zmd", Set.of("mediator"), "MEDIATION", "ZMD-MED-01", "hub-cli");
        String judge = TestTokens.token("judge-yc1", Set.of("judge"), "COURT", "411702", "hub-cli");

        given().auth().oauth2(mediator).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(judge).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }

    @Test
    void a_police_role_acting_for_an_insurer_organisation_sees_nothing() {
        String mixed = TestTokens.token("confused", Set.of("police"), "INSURER", TestTokens.ZMD_UNIT, "hub-cli");

        given().auth().oauth2(mixed).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
    }

    @Test
    void the_operator_does_not_read_case_content() {
        String admin = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");

        given().auth().oauth2(admin).get("/api/v1/cases/{id}", caseId).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_token_without_an_organisation_is_forbidden() {
        String orphan = TestTokens.token("orphan", Set.of("police"), "NOWHERE", "", "hub-cli");

        given().auth().oauth2(orphan).get("/api/v1/cases/{id}", caseId).then().statusCode(403);
    }

    @Test
    void reading_without_a_token_is_refused_with_401() {
        given().get("/api/v1/cases/{id}", caseId).then().statusCode(401).contentType("application/problem+json");
        given().get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void a_malformed_or_unknown_case_id_is_not_found() {
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", "not-a-uuid").then().statusCode(404);
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void search_by_report_number_finds_the_case_for_its_unit_only() {
        given().auth().oauth2(ZMD).queryParam("reportNumber", reportNumber).get("/api/v1/cases").then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].caseId", equalTo(caseId))
                .body("page", equalTo(0))
                .body("size", equalTo(20));
        given().auth().oauth2(SQ).queryParam("reportNumber", reportNumber).get("/api/v1/cases").then()
                .statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }

    @Test
    void search_by_plate_and_time_range_narrows_the_results() {
        // a plate of its own: other tests' cases share the example's plates and would fill the page
        ObjectNode file = PoliceFiles.example();
        String plate = "豫QD" + String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
        ((ObjectNode) file.withArray("vehicles").get(1)).put("plate", plate);
        String ownCase = org.accidenthub.hub.testsupport.PoliceUploads.caseOf(PoliceFiles.bytes(file));

        given().auth().oauth2(TestTokens.insurer("CPIC"))
                .queryParam("plate", plate).queryParam("from", "2026-10-03").queryParam("to", "2026-10-03")
                .get("/api/v1/cases").then().statusCode(200)
                .body("items.caseId", hasItem(ownCase));
        given().auth().oauth2(ZMD)
                .queryParam("reportNumber", reportNumber).queryParam("from", "2026-10-04")
                .get("/api/v1/cases").then().statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(ZMD)
                .queryParam("plate", "豫A00000").get("/api/v1/cases").then().statusCode(200)
                .body("items.caseId", not(hasItem(caseId)));
    }

    @Test
    void page_size_is_capped_at_100() {
        given().auth().oauth2(ZMD).queryParam("size", 5000).get("/api/v1/cases").then().statusCode(200)
                .body("size", equalTo(100));
    }

    @Test
    void bad_search_parameters_are_all_reported_at_once() {
        given().auth().oauth2(ZMD)
                .queryParam("from", "yesterday").queryParam("page", "-1").queryParam("size", "many")
                .get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/query/from", "/query/page", "/query/size"));
    }
}
