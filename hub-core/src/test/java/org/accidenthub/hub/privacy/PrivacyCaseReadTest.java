package org.accidenthub.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Parties' personal data through the API: full or masked by role, and found by ID number through its hash. */
@QuarkusTest
class PrivacyCaseReadTest {

    static final String PICC = TestTokens.insurer("PICC");
    static final String POLICE_SQ = TestTokens.police(TestTokens.SQ_UNIT);
    static final String P1 = "parties.find { it.ref == 'P1' }";

    @Test
    void the_owning_police_unit_sees_id_numbers_and_phones_in_full() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body(P1 + ".idNumber", equalTo("411702198503141230"))
                .body(P1 + ".phone", equalTo("13803960001"));
    }

    @Test
    void an_insurer_of_the_case_sees_them_masked() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        given().auth().oauth2(PICC).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body(P1 + ".idNumber", equalTo("411702********1230"))
                .body(P1 + ".phone", equalTo("138****0001"))
                .body(P1 + ".name", equalTo("张伟"))
                .body("parties.idNumber", contains("411702********1230", "411724********4566"));
    }

    @Test
    void a_revision_shows_the_canonical_record_with_parties_masked_for_an_insurer_and_full_for_the_police() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/revisions/1", caseId).then().statusCode(200)
                .body("record.parties[0].idNumber", equalTo("411702********1230"))
                .body("record.parties[1].phone", equalTo("139****0002"))
                .body(not(containsString("411724199007224566")));
        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}/revisions/1", caseId).then().statusCode(200)
                .body("record.parties[0].idNumber", equalTo("411702198503141230"))
                .body("record.parties[1].phone", equalTo("13903960002"));
    }

    @Test
    void a_case_is_found_by_a_partys_id_number_within_the_callers_scope_only() {
        var file = PoliceFiles.example();
        String idNumber = "11010519491231002X"; // a valid resident ID (check character X), unique to this test
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.withArray("parties").get(1)).put("idNumber", idNumber)
                .put("birthDate", "1949-12-31");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));

        given().auth().oauth2(PoliceUploads.ZMD).queryParam("idNumber", idNumber).get("/api/v1/cases").then()
                .statusCode(200).body("items.caseId", contains(caseId)).body("total", equalTo(1));
        given().auth().oauth2(PoliceUploads.ZMD).queryParam("idNumber", "11010519491231002x").get("/api/v1/cases")
                .then().statusCode(200).body("items.caseId", contains(caseId));
        given().auth().oauth2(PICC).queryParam("idNumber", idNumber).get("/api/v1/cases").then()
                .statusCode(200).body("items.caseId", contains(caseId));
        given().auth().oauth2(POLICE_SQ).queryParam("idNumber", idNumber).get("/api/v1/cases").then()
                .statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(PoliceUploads.ZMD).queryParam("idNumber", "110105194912310011").get("/api/v1/cases")
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void a_case_is_found_by_a_partys_phone() {
        var file = PoliceFiles.example();
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.withArray("parties").get(0)).put("phone", "13700001111");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));

        given().auth().oauth2(PoliceUploads.ZMD).queryParam("phone", "+86 137-0000-1111").get("/api/v1/cases")
                .then().statusCode(200).body("items.caseId", contains(caseId));
    }

    @Test
    void a_malformed_id_number_or_phone_is_a_problem_with_its_path_that_does_not_quote_the_value() {
        given().auth().oauth2(PoliceUploads.ZMD).queryParam("idNumber", "4117'; drop").queryParam("phone", "call me")
                .get("/api/v1/cases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.path", contains("/query/idNumber", "/query/phone"))
                .body("errors.code", contains("INVALID_ID_NUMBER", "INVALID_PHONE"))
                .body(not(containsString("drop")));
    }
}
