package org.accidenthub.hub.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.Sealed;
import org.accidenthub.hub.testsupport.TestTokens;
import static org.accidenthub.hub.testsupport.PoliceUploads.FILES;
import static org.accidenthub.hub.testsupport.PoliceUploads.ZMD;
import static org.accidenthub.hub.testsupport.PoliceUploads.upload;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PoliceIntakeTest {

    @Test
    void a_new_file_creates_a_case_and_answers_201_with_its_location() {
        Response answer = upload(ZMD, PoliceFiles.bytes(PoliceFiles.example()));

        answer.then().statusCode(201)
                .body("revision", equalTo(1))
                .body("outcome", equalTo("CREATED"));
        String caseId = answer.path("caseId");
        assertThat(answer.header("Location")).endsWith("/api/v1/cases/" + caseId);
    }

    @Test
    void an_identical_resend_answers_200_with_the_same_case_and_revision() {
        byte[] file = PoliceFiles.bytes(PoliceFiles.example());
        String caseId = upload(ZMD, file).then().statusCode(201).extract().path("caseId");

        upload(ZMD, file).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("revision", equalTo(1))
                .body("outcome", equalTo("UNCHANGED"));
    }

    @Test
    void the_same_content_laid_out_differently_is_still_an_identical_resend() {
        ObjectNode file = PoliceFiles.example();
        String caseId = upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(201).extract().path("caseId");
        byte[] pretty = file.toPrettyString().getBytes(StandardCharsets.UTF_8);

        upload(ZMD, pretty).then().statusCode(200).body("caseId", equalTo(caseId)).body("revision", equalTo(1));
    }

    @Test
    void changed_content_becomes_revision_2_of_the_same_case_and_keeps_revision_1() {
        ObjectNode file = PoliceFiles.example();
        String caseId = upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(201).extract().path("caseId");
        String firstNarrative = file.get("narrative").asText();
        file.put("narrative", firstNarrative + "（补充：现场有监控录像。）");

        upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(200)
                .body("caseId", equalTo(caseId))
                .body("revision", equalTo(2))
                .body("outcome", equalTo("REVISED"));

        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}/revisions", caseId).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.revision", equalTo(List.of(1, 2)));
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}/revisions/1", caseId).then().statusCode(200)
                .body("record.narrative", equalTo(firstNarrative));
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("revision", equalTo(2))
                .body("narrative", equalTo(file.get("narrative").asText()));
    }

    @Test
    void a_later_file_that_adds_the_finding_moves_the_case_to_liability_determined() {
        ObjectNode file = PoliceFiles.example();
        file.remove("finding");
        file.withArray("parties").forEach(party -> ((ObjectNode) party).remove("responsibility"));
        String caseId = upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(201).extract().path("caseId");
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then().body("state", equalTo("REPORTED"));

        upload(ZMD, PoliceFiles.bytes(PoliceFiles.example().put("reportNumber", file.get("reportNumber").asText())))
                .then().statusCode(200).body("revision", equalTo(2));

        // liability determined, and the claims it gives rise to opened in the same transaction (docs/CLAIMS.md)
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then()
                .body("state", equalTo("CLAIMS_OPEN"))
                .body("finding.documentNumber", equalTo("驻公交认字[2026]第00123号"));
    }

    @Test
    void the_inbound_record_keeps_the_exact_bytes_their_hash_and_the_single_object_encoded_record() throws Exception {
        ObjectNode file = PoliceFiles.example();
        byte[] raw = PoliceFiles.bytes(file);
        upload(ZMD, raw).then().statusCode(201);

        try (var connection = Database.connect(); var statement = connection.prepareStatement(
                "select r.raw_content, r.raw_sha256, r.canonical_record, r.connector_name, r.sender_org_code"
                        + " from inbound_records r join cases c on c.id = r.case_id where c.report_number = ?")) {
            statement.setString(1, file.get("reportNumber").asText());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                // both byte columns are stored sealed (docs/SECURITY.md); opened, they are what was received
                assertThat(rows.getBytes(1)).isNotEqualTo(raw);
                assertThat(Sealed.open(rows.getBytes(1))).isEqualTo(raw);
                assertThat(rows.getString(2)).isEqualTo(org.accidenthub.hub.cases.Sha256.hex(raw));
                byte[] canonical = Sealed.open(rows.getBytes(3));
                assertThat(canonical[0]).isEqualTo((byte) 0xC3);
                assertThat(canonical[1]).isEqualTo((byte) 0x01);
                assertThat(rows.getString(4)).isEqualTo("police-accident-file");
                assertThat(rows.getString(5)).isEqualTo(TestTokens.ZMD_UNIT);
                assertThat(rows.next()).as("one inbound record per revision").isFalse();
            }
        }
    }

    @Test
    void inbound_records_cannot_be_changed_even_with_direct_database_access() throws Exception {
        ObjectNode file = PoliceFiles.example();
        upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(201);

        try (var connection = Database.connect(); var statement = connection.prepareStatement(
                "update inbound_records set sender_org_code = 'FORGED' where case_id ="
                        + " (select id from cases where report_number = ?)")) {
            statement.setString(1, file.get("reportNumber").asText());
            org.assertj.core.api.Assertions.assertThatThrownBy(statement::executeUpdate)
                    .hasMessageContaining("inbound records are immutable");
        }
    }

    @Test
    void an_invalid_file_gets_every_problem_with_path_and_code_and_stores_nothing() {
        ObjectNode file = PoliceFiles.example();
        ObjectNode driver = (ObjectNode) file.withArray("parties").get(0);
        driver.put("idNumber", "411702198503141231");
        ((ObjectNode) file.withArray("vehicles").get(1)).put("plate", "ABC");

        upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.path", hasItem("/parties/0/idNumber"))
                .body("errors.code", hasItem("ID_CHECK_CHARACTER"))
                .body("errors.path", hasItem("/vehicles/1/plate"));
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
    }

    @Test
    void malformed_json_is_refused_with_a_problem() {
        upload(ZMD, "{\"formatVersion\": \"1.0\",".getBytes(StandardCharsets.UTF_8)).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.code", hasItem("MALFORMED_JSON"));
    }

    @Test
    void a_unit_may_not_send_a_file_of_another_unit() {
        ObjectNode file = PoliceFiles.example();

        upload(TestTokens.police(TestTokens.SQ_UNIT), PoliceFiles.bytes(file)).then().statusCode(403)
                .contentType("application/problem+json");
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
    }

    @Test
    void an_upload_without_a_token_is_refused_with_401() {
        given().contentType("application/json").body(PoliceFiles.bytes(PoliceFiles.example())).post(FILES)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_forged_token_is_refused_with_401() {
        String forged = ZMD.substring(0, ZMD.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        upload(forged, PoliceFiles.bytes(PoliceFiles.example())).then().statusCode(401);
    }

    @Test
    void an_insurer_may_not_upload_police_files() {
        upload(TestTokens.insurer("PICC"), PoliceFiles.bytes(PoliceFiles.example())).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_json_body_over_one_mebibyte_is_refused_with_413_before_parsing() {
        ObjectNode file = PoliceFiles.example();
        file.put("narrative", "x".repeat(1_100_000));

        upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(413).contentType("application/problem+json");
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
    }

    @Test
    void a_body_of_another_media_type_is_refused_with_415() {
        given().auth().oauth2(ZMD).contentType("text/plain").body("hello").post(FILES)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void concurrent_first_uploads_of_one_file_make_exactly_one_case() throws Exception {
        byte[] file = PoliceFiles.bytes(PoliceFiles.example());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> uploads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uploads.add(() -> upload(ZMD, file));
            }
            List<Integer> statuses = new ArrayList<>();
            List<String> caseIds = new ArrayList<>();
            for (Future<Response> answer : pool.invokeAll(uploads)) {
                statuses.add(answer.get().statusCode());
                caseIds.add(answer.get().path("caseId"));
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(caseIds).containsOnly(caseIds.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void warnings_of_an_accepted_file_are_reported_in_the_receipt() {
        ObjectNode file = PoliceFiles.example();
        ArrayNode policies = (ArrayNode) file.withArray("vehicles").get(1).get("policies");
        policies.removeAll();

        upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(201)
                .body("warnings.code", hasItem("UNINSURED_MOTOR_VEHICLE"))
                .body("warnings.path", hasItem(startsWith("/vehicles/1")));
    }
}
