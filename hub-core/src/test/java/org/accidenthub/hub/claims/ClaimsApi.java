package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;

/**
 * The claims API as the tests call it: insurers' tokens, paths and the example's claims. Public for the
 * tests of other features that take a claim through its steps (the events' Kafka test).
 */
public final class ClaimsApi {

    static final String CLAIMS = "/api/v1/claims";
    public static final String PICC = TestTokens.insurer("PICC");
    public static final String CPIC = TestTokens.insurer("CPIC");
    static final String PINGAN = TestTokens.insurer("PINGAN");

    /** V1's policies in the example file (PICC), and V2's (CPIC). */
    public static final String V1_COMPULSORY = "PDZA202641170000001234";
    static final String V1_COMMERCIAL = "PDAA202641170000005678";
    static final String V2_COMPULSORY = "ACHZ2026411700009876";
    /** A commercial policy of V2 with CPIC that the example file does not name. */
    static final String V2_COMMERCIAL = "ACAZ2026411700004321";

    private ClaimsApi() {
    }

    /** Today where the accidents happen: a payment date the hub accepts. */
    public static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** Uploads a fresh copy of the example (finding, P1 70% in V1, P2 30% injured in V2) and returns its case id. */
    static String exampleCase() {
        return PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
    }

    static String caseOf(ObjectNode file) {
        return PoliceUploads.caseOf(PoliceFiles.bytes(file));
    }

    /** The single claim the insurer has in the case. */
    public static String claimOf(String caseId, String insurerToken) {
        List<String> ids = given().auth().oauth2(insurerToken).queryParam("caseId", caseId).get(CLAIMS)
                .then().statusCode(200).extract().path("items.claimId");
        if (ids.size() != 1) {
            throw new IllegalStateException("expected one claim, found " + ids);
        }
        return ids.get(0);
    }

    /** PICC's claim of a fresh example case: P2's claim on both of V1's policies. */
    static String piccClaim() {
        return claimOf(exampleCase(), PICC);
    }

    static Response read(String token, String claimId) {
        return given().auth().oauth2(token).get(CLAIMS + "/{id}", claimId);
    }

    static Response post(String token, String claimId, String what, Object body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post(CLAIMS + "/{id}/" + what, claimId);
    }

    public static Response verify(String claimId, String policyNumber, String result) {
        return post(PICC, claimId, "policy-verifications", Map.of("policyNumber", policyNumber, "result", result));
    }

    public static Response admit(String claimId) {
        return post(PICC, claimId, "liability", Map.of("answer", "ADMITTED"));
    }

    static Response deny(String claimId, String reason) {
        return post(PICC, claimId, "liability", Map.of("answer", "NOT_ADMITTED", "reason", reason));
    }

    /** An offer from calculation version {@code calculationVersion}, which is calculated first if the case lacks it. */
    public static Response offer(String claimId, int calculationVersion, String amount) {
        Calculations.upTo(PICC, claimId, calculationVersion);
        return post(PICC, claimId, "offers", Map.of("calculationVersion", calculationVersion, "amount", amount));
    }

    public static Response pay(String claimId, String amount, String paidOn, String reference) {
        return post(PICC, claimId, "payments", Map.of("amount", amount, "paidOn", paidOn, "reference", reference));
    }

    /** The insurer's claims of a case that are overdue ({@code true}) or not; listing records breaches found. */
    public static Response claimsByOverdue(String insurerToken, String caseId, boolean overdue) {
        return given().auth().oauth2(insurerToken).queryParam("caseId", caseId).queryParam("overdue", overdue)
                .get(CLAIMS);
    }

    /** The file with a second policy of V2, CPIC's commercial {@link #V2_COMMERCIAL}: a revision adds it to P1's claim. */
    public static ObjectNode withV2Commercial(ObjectNode file) {
        ObjectNode commercial = ((ArrayNode) file.at("/vehicles/1/policies")).addObject();
        commercial.put("kind", "COMMERCIAL_THIRD_PARTY").put("insurerCode", "CPIC")
                .put("policyNumber", V2_COMMERCIAL).put("validFrom", "2026-06-15")
                .put("validTo", "2027-06-14").put("limit", "500000.00");
        return file;
    }

    /** The claims of a case as its police unit reads them. */
    static Response claimsOfCase(String caseId) {
        return given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}/claims", caseId);
    }
}
