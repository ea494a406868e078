package org.accidenthub.hub.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** GET /api/v1/audit for the operator, GET /api/v1/cases/{caseId}/audit for the unit owning the case. */
@QuarkusTest
class AuditResourceTest {

    static final String AUDIT = "/api/v1/audit";
    static final String CASE_AUDIT = "/api/v1/cases/{caseId}/audit";
    static final String ADMIN = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");
    static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);
    static final String PICC = TestTokens.insurer("PICC");

    String caseId;

    /** A fresh case read by its unit, by PICC (a policy holder on it) and tried by another unit. */
    @BeforeEach
    void aCaseWithSomeAccesses() {
        caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200);
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}", caseId).then().statusCode(200);
        given().auth().oauth2(SQ).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        AuditRows.awaitRows("select id from audit_events where case_id = ?::uuid", caseId, 4);
    }

    @Test
    void the_operator_finds_every_access_to_a_case() {
        given().auth().oauth2(ADMIN).queryParam("caseId", caseId).get(AUDIT).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.action", equalTo(java.util.List.of("READ", "READ", "READ", "WRITE")))
                .body("items.outcome", equalTo(java.util.List.of(404, 200, 200, 201)))
                .body("items[0].subject", equalTo("police-" + TestTokens.SQ_UNIT))
                .body("items[0].remoteAddress", equalTo("127.0.0.1"))
                .body("items[0].hash", notNullValue());
    }

    @Test
    void the_operator_filters_by_subject_and_time_and_pages() {
        String subject = "police-" + TestTokens.SQ_UNIT;
        given().auth().oauth2(ADMIN).queryParam("subject", subject).queryParam("from", "2020-01-01")
                .queryParam("size", "1").get(AUDIT).then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1))
                .body("items.subject", everyItem(equalTo(subject)));
        given().auth().oauth2(ADMIN).queryParam("caseId", caseId).queryParam("to", "2020-01-01").get(AUDIT)
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void unusable_filters_are_400_with_every_problem() {
        given().auth().oauth2(ADMIN).queryParam("caseId", "not-a-uuid").queryParam("from", "yesterday").get(AUDIT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.code", equalTo(java.util.List.of("INVALID_UUID", "INVALID_DATE_TIME")));
    }

    @Test
    void the_audit_search_needs_the_operator() {
        given().get(AUDIT).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(PoliceUploads.ZMD).get(AUDIT).then().statusCode(403)
                .contentType("application/problem+json");
        // an admin role in a partner's token is not the operator
        String partnerAdmin = TestTokens.token("picc-admin", Set.of("admin"), "INSURER", "PICC", "insurer-picc");
        given().auth().oauth2(partnerAdmin).get(AUDIT).then().statusCode(403);
    }

    @Test
    void the_owning_unit_sees_who_accessed_its_case_without_other_organisations_people() {
        given().auth().oauth2(PoliceUploads.ZMD).get(CASE_AUDIT, caseId).then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.orgCode", hasItem("PICC"))
                .body("items.find { it.orgCode == 'PICC' }.subject", nullValue())
                .body("items.find { it.orgCode == 'PICC' }.client", equalTo("insurer-picc"))
                .body("items.find { it.orgCode == '" + TestTokens.SQ_UNIT + "' }.subject", nullValue())
                .body("items.find { it.action == 'WRITE' }.subject", equalTo("police-" + TestTokens.ZMD_UNIT))
                .body("items.remoteAddress", everyItem(nullValue()));
    }

    @Test
    void the_case_audit_of_another_unit_or_an_unknown_case_is_404() {
        given().auth().oauth2(SQ).get(CASE_AUDIT, caseId).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(PoliceUploads.ZMD).get(CASE_AUDIT, UUID.randomUUID().toString()).then()
                .statusCode(404);
    }

    @Test
    void the_case_audit_is_for_police_only() {
        given().get(CASE_AUDIT, caseId).then().statusCode(401);
        given().auth().oauth2(PICC).get(CASE_AUDIT, caseId).then().statusCode(403);
        given().auth().oauth2(ADMIN).get(CASE_AUDIT, caseId).then().statusCode(403);
    }
}
