package org.accidenthub.hub.mediation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.ORGANISATION;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;

/** Messages a mediation platform pushes (docs/formats/mediation-messages.md), for the tests of the endpoint. */
final class PlatformMessages {

    static final String MESSAGES = "/api/v1/mediation/messages";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PlatformMessages() {
    }

    /** A case in mediation with ORGANISATION. */
    record Mediating(String caseId, String mediationId) {
    }

    static Mediating mediating() {
        return mediating(Adjudication.calculatedCase());
    }

    static Mediating mediating(String calculatedCase) {
        String mediationId = Adjudication.assign(POLICE_ZMD, calculatedCase, ORGANISATION).then().statusCode(201)
                .extract().path("mediationId");
        return new Mediating(calculatedCase, mediationId);
    }

    /** A calculated case whose police file listed and brought the pages P1 and P2 signed on paper. */
    record SignedPages(Mediating mediation, byte[] p1, byte[] p2) {
    }

    static SignedPages mediatingWithSignedPages() {
        ObjectNode file = PoliceFiles.example();
        String report = file.get("reportNumber").asText();
        // the report number makes the bytes this case's own: attachment bytes are shared by hash
        byte[] p1 = ("%PDF-1.4 agreement signed by P1 " + report).getBytes(StandardCharsets.US_ASCII);
        byte[] p2 = ("%PDF-1.4 agreement signed by P2 " + report).getBytes(StandardCharsets.US_ASCII);
        file.putArray("attachments").add(listing("p1-signed.pdf", p1)).add(listing("p2-signed.pdf", p2));
        String caseId = given().auth().oauth2(POLICE_ZMD)
                .multiPart("file", "file.json", PoliceFiles.bytes(file), "application/json")
                .multiPart("attachment", "p1-signed.pdf", p1, "application/pdf")
                .multiPart("attachment", "p2-signed.pdf", p2, "application/pdf")
                .post(PoliceUploads.FILES).then().statusCode(201).extract().path("caseId");
        return new SignedPages(mediating(Adjudication.calculated(caseId)), p1, p2);
    }

    private static ObjectNode listing(String name, byte[] content) {
        return JSON.createObjectNode().put("name", name).put("mediaType", "application/pdf")
                .put("sha256", Sha256.hex(content)).put("size", content.length);
    }

    static String ago(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    static ObjectNode message(String type, Mediating m, String organisation) {
        ObjectNode message = JSON.createObjectNode().put("formatVersion", "1.0").put("type", type)
                .put("messageId", "tj-" + UUID.randomUUID()).put("mediationId", m.mediationId())
                .put("caseId", m.caseId());
        message.putObject("mediator").put("name", "赵敏").put("organisationCode", organisation);
        return message;
    }

    /** Version {@code version} of agreement A-1: PICC pays P2 {@code amount} from calculation version 1, unsigned. */
    static ObjectNode agreement(Mediating m, int version, String amount) {
        ObjectNode agreement = message("AGREEMENT", m, ORGANISATION).put("agreementId", "A-1").put("version", version)
                .put("calculationVersion", 1).put("total", amount).put("draftedAt", ago(30));
        ObjectNode term = agreement.putArray("terms").addObject();
        term.putObject("payer").put("kind", "INSURER").put("insurerCode", "PICC").put("name", "PICC");
        term.putObject("payee").put("kind", "PARTY").put("partyRef", "P2").put("name", "李娜");
        term.put("amount", amount).put("dueDate", Adjudication.inDays(10)).put("method", "BANK_TRANSFER");
        agreement.putArray("signatures");
        return agreement;
    }

    /** Adds a signature on paper, recorded by the platform's mediator, with the signed page by hash. */
    static ObjectNode signedInPerson(ObjectNode agreement, String partyRef, byte[] page) {
        ObjectNode signature = signature(agreement, partyRef).put("way", "IN_PERSON")
                .put("recordedBy", "mediator-zhaomin");
        signature.putObject("evidence").put("name", partyRef + "-signed.pdf").put("mediaType", "application/pdf")
                .put("sha256", Sha256.hex(page)).put("size", page.length);
        return agreement;
    }

    /** Adds a signature given with an account of the platform. */
    static ObjectNode signedAtPlatform(ObjectNode agreement, String partyRef) {
        signature(agreement, partyRef).put("way", "ELECTRONIC").put("signerSubject", "platform-" + partyRef);
        return agreement;
    }

    /** Adds PICC's signature (the payer's: a platform checks effectiveAt against every payer and payee). */
    static ObjectNode signedByInsurer(ObjectNode agreement) {
        ObjectNode signature = agreement.withArray("signatures").addObject();
        signature.putObject("signer").put("kind", "INSURER").put("insurerCode", "PICC").put("name", "PICC");
        signature.put("role", "INSURER").put("signedByName", "王强").put("signedAt", ago(20)).put("way", "ELECTRONIC")
                .put("signerSubject", "insurer-picc-wangqiang");
        return agreement;
    }

    private static ObjectNode signature(ObjectNode agreement, String partyRef) {
        ObjectNode signature = agreement.withArray("signatures").addObject();
        signature.putObject("signer").put("kind", "PARTY").put("partyRef", partyRef).put("name", partyRef);
        return signature.put("role", "PARTY").put("signedAt", ago(20));
    }

    static Response send(String token, ObjectNode message) {
        return given().auth().oauth2(token).contentType("application/json").body(message.toString()).post(MESSAGES);
    }

    /** The case's state as the hub's case view gives it. */
    static String caseState(String caseId) {
        return given().auth().oauth2(Adjudication.MEDIATOR).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .extract().path("state");
    }

    static long storedAnswers(String key) {
        return Database.count("select count(*) from idempotent_requests where idempotency_key = ?", key);
    }

    static long events(String caseId) {
        return Database.count("select count(*) from outbox_events where aggregateid = ?", caseId);
    }

    static long agreements(String caseId) {
        return Database.count("select count(*) from agreements where case_id = ?::uuid", caseId);
    }

    static long signatures(String caseId) {
        return Database.count("select count(*) from agreement_signatures s join agreements a on a.id = s.agreement_id"
                + " where a.case_id = ?::uuid", caseId);
    }
}
