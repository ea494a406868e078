package org.accidenthub.hub.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** What the audit trail records for reads, searches, writes and refusals (docs/SECURITY.md). */
@QuarkusTest
class AuditTrailTest {

    static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);
    static final String PICC = TestTokens.insurer("PICC");

    /** An insurer's token with a subject of its own, so that its audit rows are told apart from other tests'. */
    static String insurerPerson(String subject) {
        return TestTokens.token(subject, Set.of("insurer"), "INSURER", "PICC", "insurer-picc");
    }

    @Test
    void a_read_of_a_case_records_who_from_where_what_and_the_outcome() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        String path = "/api/v1/cases/" + caseId;

        given().auth().oauth2(PoliceUploads.ZMD).get(path).then().statusCode(200);

        Map<String, Object> row = AuditRows.forPath(path, 1).get(0);
        assertThat(row).containsEntry("subject", "police-" + TestTokens.ZMD_UNIT)
                .containsEntry("org_type", "POLICE")
                .containsEntry("org_code", TestTokens.ZMD_UNIT)
                .containsEntry("client", "hub-cli")
                .containsEntry("remote_address", "127.0.0.1")
                .containsEntry("method", "GET")
                .containsEntry("case_id", UUID.fromString(caseId))
                .containsEntry("action", "READ")
                .containsEntry("outcome", 200);
        assertThat(row.get("fields")).isNull();
        assertThat(row.get("at")).isNotNull();
    }

    @Test
    void an_upload_is_a_write_naming_the_new_case_and_the_top_level_fields_of_the_file() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        List<Map<String, Object>> rows = AuditRows.awaitRows(
                "select * from audit_events where case_id = ?::uuid and method = 'POST'", caseId, 1);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "WRITE").containsEntry("outcome", 201)
                .containsEntry("path", PoliceUploads.FILES);
        assertThat(((String) rows.get(0).get("fields")).split(","))
                .contains("formatVersion", "reportNumber", "sender", "parties", "vehicles");
    }

    @Test
    void a_search_records_its_filters_by_name_but_not_their_values() {
        String plate = "豫Q" + (10000 + (int) (Math.random() * 89999));
        String subject = "picc-clerk-" + UUID.randomUUID();
        given().auth().oauth2(insurerPerson(subject)).queryParam("plate", plate).queryParam("size", "5")
                .get("/api/v1/cases").then().statusCode(200);

        List<Map<String, Object>> rows = AuditRows.awaitRows("select * from audit_events where subject = ?", subject, 1);

        assertThat(rows.get(0)).containsEntry("fields", "plate,size").containsEntry("client", "insurer-picc")
                .containsEntry("org_code", "PICC");
        assertThat(rows.get(0).values()).noneMatch(value -> String.valueOf(value).contains(plate));
    }

    @Test
    void a_read_outside_the_unit_is_recorded_with_its_404() {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        String path = "/api/v1/cases/" + caseId + "/revisions";

        given().auth().oauth2(SQ).get(path).then().statusCode(404);

        assertThat(AuditRows.forPath(path, 1).get(0)).containsEntry("subject", "police-" + TestTokens.SQ_UNIT)
                .containsEntry("case_id", UUID.fromString(caseId)).containsEntry("action", "READ")
                .containsEntry("outcome", 404);
    }

    @Test
    void a_request_without_a_token_is_recorded_with_its_401_and_no_subject() {
        String path = "/api/v1/cases/" + UUID.randomUUID();

        given().get(path).then().statusCode(401);

        Map<String, Object> row = AuditRows.forPath(path, 1).get(0);
        assertThat(row).containsEntry("outcome", 401).containsEntry("remote_address", "127.0.0.1");
        assertThat(row.get("subject")).isNull();
        assertThat(row.get("org_code")).isNull();
    }

    @Test
    void a_write_the_role_does_not_allow_is_recorded_with_its_403() {
        byte[] file = PoliceFiles.bytes(PoliceFiles.example());
        String subject = "picc-clerk-" + UUID.randomUUID();

        given().auth().oauth2(insurerPerson(subject)).contentType("application/json").body(file)
                .post(PoliceUploads.FILES).then().statusCode(403);

        List<Map<String, Object>> rows = AuditRows.awaitRows("select * from audit_events where subject = ?", subject, 1);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)).containsEntry("action", "WRITE").containsEntry("outcome", 403)
                .containsEntry("org_type", "INSURER").containsEntry("path", PoliceUploads.FILES);
    }

    @Test
    void reads_of_reference_data_are_not_recorded() {
        given().auth().oauth2(PICC).get("/api/v1/compulsory-insurance-limits").then().statusCode(200);

        assertThat(AuditRows.settled("select * from audit_events where path = ?",
                "/api/v1/compulsory-insurance-limits")).isEmpty();
    }
}
