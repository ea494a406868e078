package org.accidenthub.hub.mediation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.mediation.PlatformMessages.agreement;
import static org.accidenthub.hub.mediation.PlatformMessages.caseState;
import static org.accidenthub.hub.mediation.PlatformMessages.mediating;
import static org.accidenthub.hub.mediation.PlatformMessages.mediatingWithSignedPages;
import static org.accidenthub.hub.mediation.PlatformMessages.send;
import static org.accidenthub.hub.mediation.PlatformMessages.signatures;
import static org.accidenthub.hub.mediation.PlatformMessages.signedInPerson;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.OTHER_MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.accidenthub.connectors.mediation.MediationFormat;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.mediation.PlatformMessages.Mediating;
import org.accidenthub.hub.mediation.PlatformMessages.SignedPages;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/**
 * How the bytes of a platform's documents travel (docs/formats/mediation-messages.md, "Delivering documents"):
 * the organisation running the open mediation delivers them under their SHA-256 before the message naming them;
 * only bytes that hash to it are kept, sealed, once; a delivered page makes a pushed in-person signature count.
 */
@QuarkusTest
class MediationDocumentsTest {

    private static final String DOCUMENT = "/api/v1/cases/{caseId}/mediations/current/documents/{sha256}";

    /** Bytes no other test holds: document bytes are shared by hash across cases. */
    private static byte[] page(String what) {
        return ("%PDF-1.4 " + what + " " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
    }

    private static Response deliver(String token, String caseId, String sha256, String type, byte[] bytes) {
        return given().auth().oauth2(token).contentType(type).body(bytes).put(DOCUMENT, caseId, sha256);
    }

    private static Response deliver(String token, String caseId, byte[] bytes) {
        return deliver(token, caseId, Sha256.hex(bytes), "application/pdf", bytes);
    }

    private static long delivered(String caseId) {
        return Database.count("select count(*) from mediation_documents where case_id = ?::uuid", caseId);
    }

    private static long held(byte[] bytes) {
        return Database.count("select count(*) from attachment_contents where sha256 = ?", Sha256.hex(bytes));
    }

    @Test
    void pages_delivered_before_the_agreement_make_its_in_person_signatures_count() {
        Mediating m = mediating();
        byte[] p1 = page("agreement signed by P1");
        byte[] p2 = page("agreement signed by P2");
        ObjectNode message = signedInPerson(signedInPerson(agreement(m, 1, "50000.00"), "P1", p1), "P2", p2);
        // the message before the bytes: refused, and the problem says how to deliver them
        send(MEDIATOR, message).then().statusCode(422)
                .body("errors.code", contains("EVIDENCE_NOT_UPLOADED", "EVIDENCE_NOT_UPLOADED"))
                .body("errors[0].message", containsString("/mediations/current/documents/" + Sha256.hex(p1)));

        deliver(MEDIATOR, m.caseId(), p1).then().statusCode(201).contentType("application/json")
                .body("mediationId", equalTo(m.mediationId()))
                .body("sha256", equalTo(Sha256.hex(p1)))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(p1.length))
                .body("receivedBy", equalTo("mediator-zmd"));
        // either case of hex, as the format allows; kept in lower case
        deliver(MEDIATOR, m.caseId(), Sha256.hex(p2).toUpperCase(Locale.ROOT), "image/jpeg", p2).then()
                .statusCode(201).body("sha256", equalTo(Sha256.hex(p2))).body("mediaType", equalTo("image/jpeg"));

        // the same message (a refused one is not kept, so its messageId is free) now counts both signatures
        send(MEDIATOR, message).then().statusCode(200)
                .body("result.state", equalTo("EFFECTIVE"))
                .body("result.signatures.way", contains("IN_PERSON", "IN_PERSON"))
                .body("result.signatures.evidenceSha256", containsInAnyOrder(Sha256.hex(p1), Sha256.hex(p2)));
        assertThat(signatures(m.caseId())).isEqualTo(2);
        assertThat(caseState(m.caseId())).isEqualTo("AGREED");
        // kept sealed: the column does not hold the page as sent
        byte[] stored = Database.bytes("select content from attachment_contents where sha256 = ?", Sha256.hex(p1));
        assertThat(stored).isNotEmpty().isNotEqualTo(p1);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("agreement signed by P1");
    }

    @Test
    void a_page_delivered_for_another_cases_mediation_does_not_count_and_a_police_attachment_still_does() {
        SignedPages pages = mediatingWithSignedPages();
        Mediating m = pages.mediation();
        Mediating other = mediating();
        byte[] theirs = page("signed in the other case");
        deliver(MEDIATOR, other.caseId(), theirs).then().statusCode(201);

        ObjectNode message = signedInPerson(signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1()), "P2",
                theirs);
        send(MEDIATOR, message).then().statusCode(422)
                .body("errors.path", contains("/signatures/1/evidence"))
                .body("errors.code", contains("EVIDENCE_NOT_UPLOADED"));
        assertThat(signatures(m.caseId())).isZero();

        // bytes the hub holds already (the police attached them to this case) are received for the mediation
        // without being stored twice; the police attachment counted either way
        deliver(MEDIATOR, m.caseId(), pages.p2()).then().statusCode(201);
        assertThat(held(pages.p2())).isOne();
        send(MEDIATOR, signedInPerson(signedInPerson(agreement(m, 1, "50000.00"), "P1", pages.p1()), "P2",
                pages.p2())).then().statusCode(200).body("result.state", equalTo("EFFECTIVE"));
    }

    @Test
    void bytes_that_do_not_hash_to_the_path_are_422_and_nothing_is_stored() {
        Mediating m = mediating();
        byte[] sent = page("tampered");
        String claimed = Sha256.hex(page("original"));

        deliver(MEDIATOR, m.caseId(), claimed, "application/pdf", sent).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.path", contains("/sha256"))
                .body("errors.code", contains("DOCUMENT_HASH_MISMATCH"))
                .body("errors[0].message", containsString(Sha256.hex(sent)));
        // a path that is no hash at all cannot match either
        deliver(MEDIATOR, m.caseId(), "not-a-hash", "application/pdf", sent).then().statusCode(422)
                .body("errors.code", contains("DOCUMENT_HASH_MISMATCH"));

        assertThat(delivered(m.caseId())).isZero();
        assertThat(held(sent)).isZero();
        assertThat(Database.count("select count(*) from attachment_contents where sha256 = ?", claimed)).isZero();
    }

    @Test
    void another_type_no_bytes_too_many_bytes_or_no_length_are_refused_with_problems_and_nothing_is_stored()
            throws Exception {
        Mediating m = mediating();
        byte[] text = page("plain text");

        deliver(MEDIATOR, m.caseId(), Sha256.hex(text), "text/plain", text).then().statusCode(415)
                .contentType("application/problem+json");
        deliver(MEDIATOR, m.caseId(), Sha256.hex(new byte[0]), "application/pdf", new byte[0]).then()
                .statusCode(422).contentType("application/problem+json")
                .body("errors.path", contains("/size"))
                .body("errors.code", contains("OUT_OF_RANGE"));
        // every problem at once
        deliver(MEDIATOR, m.caseId(), Sha256.hex(text), "application/pdf", new byte[0]).then().statusCode(422)
                .body("errors.path", contains("/size", "/sha256"));
        // over the format's limit: refused from its Content-Length, before the body is read
        byte[] oversized = new byte[(int) MediationFormat.MAX_DOCUMENT_BYTES + 1];
        deliver(MEDIATOR, m.caseId(), Sha256.hex(oversized), "image/png", oversized).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString(String.valueOf(MediationFormat.MAX_DOCUMENT_BYTES)));
        // without a length (chunked), the size could not be refused before reading: 411
        HttpResponse<String> chunked = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                                + "/api/v1/cases/" + m.caseId() + "/mediations/current/documents/" + Sha256.hex(text)))
                        .header("Authorization", "Bearer " + MEDIATOR).header("Content-Type", "application/pdf")
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(text))).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(411);
        assertThat(chunked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        assertThat(delivered(m.caseId())).isZero();
        assertThat(held(text)).isZero();
        assertThat(held(oversized)).isZero();
    }

    @Test
    void only_the_organisation_running_the_open_mediation_may_deliver() {
        Mediating m = mediating();
        byte[] bytes = page("who may deliver");

        deliver(OTHER_MEDIATOR, m.caseId(), bytes).then().statusCode(404).contentType("application/problem+json");
        deliver(POLICE_ZMD, m.caseId(), bytes).then().statusCode(403).contentType("application/problem+json");
        deliver(PICC, m.caseId(), bytes).then().statusCode(403);
        deliver(PARTY_P1, m.caseId(), bytes).then().statusCode(403);
        given().contentType("application/pdf").body(bytes).put(DOCUMENT, m.caseId(), Sha256.hex(bytes)).then()
                .statusCode(401);
        deliver(MEDIATOR, UUID.randomUUID().toString(), bytes).then().statusCode(404);
        deliver(MEDIATOR, "not-a-case", bytes).then().statusCode(404);
        assertThat(delivered(m.caseId())).isZero();
        assertThat(held(bytes)).isZero();

        // once the mediation has ended nothing more is delivered for it
        given().auth().oauth2(MEDIATOR).contentType("application/json").body("{\"reason\":\"PARTY_ABSENT\"}")
                .post("/api/v1/cases/{id}/mediations/current/failure", m.caseId()).then().statusCode(200);
        deliver(MEDIATOR, m.caseId(), bytes).then().statusCode(409).body("errors[0].code",
                equalTo("NO_OPEN_MEDIATION"));
        assertThat(held(bytes)).isZero();
    }

    @Test
    void the_same_bytes_again_answer_200_with_the_first_receipt_and_are_kept_once_and_audited()
            throws InterruptedException {
        Mediating m = mediating();
        byte[] bytes = page("resent");
        Response first = deliver(MEDIATOR, m.caseId(), bytes);
        Response again = deliver(MEDIATOR, m.caseId(), bytes);

        first.then().statusCode(201);
        again.then().statusCode(200);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(delivered(m.caseId())).isOne();
        assertThat(held(bytes)).isOne();

        String path = "/api/v1/cases/" + m.caseId() + "/mediations/current/documents/" + Sha256.hex(bytes);
        long deadline = System.nanoTime() + 10_000_000_000L;
        long audited = 0;
        while (audited < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the trail is written just after the answer (AuditTrail)
            audited = Database.count("select count(*) from audit_events where path = ? and action = 'WRITE'"
                    + " and method = 'PUT' and outcome in (200, 201) and org_code = 'ZMD-MED-01'", path);
        }
        assertThat(audited).isEqualTo(2);
    }

    @Test
    void the_openapi_document_describes_the_delivery_with_its_examples() {
        var openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
        String put = "paths.'/api/v1/cases/{caseId}/mediations/current/documents/{sha256}'.put";
        assertThat(openapi.getMap(put + ".requestBody.content")).containsOnlyKeys("application/pdf", "image/jpeg",
                "image/png");
        assertThat(openapi.getMap(put + ".responses")).containsKeys("200", "201", "403", "404", "409", "411", "413",
                "415", "422");
        assertThat(openapi.getString("components.examples.mediationDocumentReceipt.value.sha256")).hasSize(64);
        assertThat(openapi.getString("components.examples.documentHashMismatchProblem.value.errors[0].code"))
                .isEqualTo("DOCUMENT_HASH_MISMATCH");
    }
}
