package org.accidenthub.hub.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AttachmentIntakeTest {

    static final String ZMD = PoliceUploads.ZMD;

    /**
     * The example listing two attachments: the finding (PDF) and a scene photo (JPEG). Their
     * bytes carry the report number, because attachment bytes are shared by hash across cases
     * and each test must start with none of them held.
     */
    record Listed(ObjectNode file, byte[] findingPdf, byte[] scenePhoto) {

        static Listed fresh() {
            ObjectNode file = PoliceFiles.example();
            String report = file.get("reportNumber").asText();
            byte[] pdf = ("%PDF-1.4 liability finding " + report).getBytes(StandardCharsets.US_ASCII);
            byte[] photo = ("\u00ff\u00d8 scene photo " + report).getBytes(StandardCharsets.ISO_8859_1);
            file.putArray("attachments")
                    .add(listing("finding.pdf", "application/pdf", pdf))
                    .add(listing("scene.jpg", "image/jpeg", photo));
            return new Listed(file, pdf, photo);
        }

        byte[] bytes() {
            return PoliceFiles.bytes(file);
        }
    }

    static ObjectNode listing(String name, String mediaType, byte[] content) {
        ObjectNode attachment = PoliceFiles.example().objectNode();
        return attachment.put("name", name).put("mediaType", mediaType).put("sha256", Sha256.hex(content))
                .put("size", content.length);
    }

    @Test
    void attachments_sent_with_the_file_are_received_and_the_others_stay_pending() {
        Listed listed = Listed.fresh();
        String caseId = given().auth().oauth2(ZMD)
                .multiPart("file", "file.json", listed.bytes(), "application/json")
                .multiPart("attachment", "finding.pdf", listed.findingPdf(), "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("attachments.find { it.name == 'finding.pdf' }.status", equalTo("RECEIVED"))
                .body("attachments.find { it.name == 'scene.jpg' }.status", equalTo("PENDING"));
    }

    @Test
    void every_attachment_sent_with_the_file_is_stored_and_bytes_listed_twice_are_stored_once() {
        Listed listed = Listed.fresh();
        // a third name for the finding's bytes: the parts are written one at a time, and the second of the
        // same hash must find the first already held instead of inserting it again
        ((ArrayNode) listed.file().get("attachments"))
                .add(listing("finding-copy.pdf", "application/pdf", listed.findingPdf()));
        String caseId = given().auth().oauth2(ZMD)
                .multiPart("file", "file.json", listed.bytes(), "application/json")
                .multiPart("attachment", "finding.pdf", listed.findingPdf(), "application/pdf")
                .multiPart("attachment", "scene.jpg", listed.scenePhoto(), "image/jpeg")
                .multiPart("attachment", "finding-copy.pdf", listed.findingPdf(), "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("attachments.status", everyItem(equalTo("RECEIVED")))
                .body("attachments.size()", equalTo(3));
        assertThat(Database.count("select count(*) from attachment_contents where sha256 = ?",
                Sha256.hex(listed.findingPdf()))).isEqualTo(1);
        assertThat(Database.count("select count(*) from attachment_contents where sha256 = ?",
                Sha256.hex(listed.scenePhoto()))).isEqualTo(1);
    }

    @Test
    void a_file_part_over_one_mebibyte_is_refused_with_413_and_stores_nothing() {
        Listed listed = Listed.fresh();
        ObjectNode file = listed.file();
        file.put("narrative", "x".repeat(1_100_000));

        given().auth().oauth2(ZMD)
                .multiPart("file", "file.json", PoliceFiles.bytes(file), "application/json")
                .multiPart("attachment", "finding.pdf", listed.findingPdf(), "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(413).contentType("application/problem+json");
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
        assertThat(Database.count("select count(*) from attachment_contents where sha256 = ?",
                Sha256.hex(listed.findingPdf()))).isZero();
    }

    @Test
    void a_pending_attachment_uploaded_later_with_the_listed_hash_is_received() {
        Listed listed = Listed.fresh();
        String caseId = PoliceUploads.upload(ZMD, listed.bytes())
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(ZMD).contentType("image/jpeg").body(listed.scenePhoto())
                .put("/api/v1/cases/{id}/attachments/{name}", caseId, "scene.jpg")
                .then().statusCode(201).body("status", equalTo("RECEIVED"));
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then()
                .body("attachments.find { it.name == 'scene.jpg' }.status", equalTo("RECEIVED"))
                .body("attachments.find { it.name == 'finding.pdf' }.status", equalTo("PENDING"));
    }

    @Test
    void a_later_upload_whose_bytes_do_not_match_the_listed_hash_is_refused() {
        Listed listed = Listed.fresh();
        String caseId = PoliceUploads.upload(ZMD, listed.bytes())
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(ZMD).contentType("image/jpeg").body(new byte[] {9, 9, 9, 9, 9, 9, 9, 9})
                .put("/api/v1/cases/{id}/attachments/{name}", caseId, "scene.jpg")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", hasItem("ATTACHMENT_HASH_MISMATCH"));
        given().auth().oauth2(ZMD).get("/api/v1/cases/{id}", caseId).then()
                .body("attachments.find { it.name == 'scene.jpg' }.status", equalTo("PENDING"));
    }

    @Test
    void an_attachment_the_case_does_not_list_is_not_found() {
        Listed listed = Listed.fresh();
        String caseId = PoliceUploads.upload(ZMD, listed.bytes())
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(ZMD).contentType("application/pdf").body(listed.findingPdf())
                .put("/api/v1/cases/{id}/attachments/{name}", caseId, "other.pdf")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void another_unit_cannot_upload_attachments_to_the_case() {
        Listed listed = Listed.fresh();
        String caseId = PoliceUploads.upload(ZMD, listed.bytes())
                .then().statusCode(201).extract().path("caseId");

        given().auth().oauth2(TestTokens.police(TestTokens.SQ_UNIT)).contentType("image/jpeg").body(listed.scenePhoto())
                .put("/api/v1/cases/{id}/attachments/{name}", caseId, "scene.jpg")
                .then().statusCode(404);
    }

    @Test
    void a_file_whose_attachment_does_not_match_its_listing_stores_nothing() {
        Listed listed = Listed.fresh();
        ObjectNode file = listed.file();

        given().auth().oauth2(ZMD)
                .multiPart("file", "file.json", listed.bytes(), "application/json")
                .multiPart("attachment", "finding.pdf", listed.scenePhoto(), "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", hasItem("/attachments/0/sha256"))
                .body("errors.code", hasItem("ATTACHMENT_HASH_MISMATCH"));
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
    }

    @Test
    void an_attachment_part_the_file_does_not_list_is_refused() {
        Listed listed = Listed.fresh();
        ObjectNode file = listed.file();

        given().auth().oauth2(ZMD)
                .multiPart("file", "file.json", listed.bytes(), "application/json")
                .multiPart("attachment", "unlisted.pdf", listed.findingPdf(), "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(422)
                .body("errors.code", hasItem("ATTACHMENT_NOT_LISTED"));
        assertThat(Database.rowsForReport(file.get("reportNumber").asText())).isZero();
    }

    @Test
    void a_multipart_request_without_the_file_part_is_a_bad_request() {
        given().auth().oauth2(ZMD)
                .multiPart("attachment", "finding.pdf", new byte[] {1, 2, 3}, "application/pdf")
                .post(PoliceUploads.FILES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItem("/parts/file"));
    }
}
