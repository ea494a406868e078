package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;

/**
 * Tokens, files and calls shared by the compensation tests. Tests never write the seeded
 * illustrative figures of 410000/2025 (V21), which other tests calculate with.
 */
final class CompensationFixtures {

    static final String ADMIN = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");
    static final String PICC = TestTokens.insurer("PICC");
    static final String CPIC = TestTokens.insurer("CPIC");
    static final String PINGAN = TestTokens.insurer("PINGAN");
    static final String POLICE_ZMD = TestTokens.police(TestTokens.ZMD_UNIT);
    static final String POLICE_SQ = TestTokens.police(TestTokens.SQ_UNIT);
    static final String MEDIATOR = TestTokens.token("mediator-zmd", Set.of("mediator"), "MEDIATION", "ZMD-MED-01",
            "hub-cli");
    static final String JUDGE = TestTokens.token("judge-yc1", Set.of("judge"), "COURT", "411702", "hub-cli");
    static final String PARTY = TestTokens.token("party-411724199007224566", Set.of("party"), "PARTY",
            "411724199007224566", "hub-cli");

    static final String STANDARDS = "/api/v1/regional-standards";
    static final String WHAT_IF = "/api/v1/compensation/calculate";

    private CompensationFixtures() {
    }

    /** A fresh copy of the police format's example as a new case of the 驻马店 unit: P1 70 % (V1, PICC), P2 30 % (V2, CPIC). */
    static String exampleCase() {
        return PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
    }

    /** The example as an accident certificate (事故证明): the facts could not be established, so no shares. */
    static String certificateCase() {
        ObjectNode file = PoliceFiles.example();
        ((ObjectNode) file.get("finding")).put("kind", "ACCIDENT_CERTIFICATE");
        file.withArray("parties").forEach(party -> ((ObjectNode) party).remove("responsibility"));
        return PoliceUploads.caseOf(PoliceFiles.bytes(file));
    }

    /** A file of {@code fixtures/compensation}. */
    static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                CompensationFixtures.class.getResourceAsStream("/fixtures/compensation/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static Response loadStandards(String token, String csv) {
        return given().auth().oauth2(token).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post(STANDARDS + "/files");
    }

    /** The figures of 450000/2025 (the illustrative Henan ones) loaded by the operator. */
    static void loadTestStandards() {
        loadStandards(ADMIN, fixture("standards-450000-2025.csv")).then().statusCode(200);
    }

    static Response assess(String token, String caseId, String victimRef, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put("/api/v1/cases/{caseId}/assessments/{victimRef}", caseId, victimRef);
    }

    /** P2's injuries as assessed in the compensation module's example (grade 9, 30,000 of receipts, ...). */
    static void assessInjuredDriver(String caseId) {
        assess(PICC, caseId, "P2", fixture("assessment-p2-injured-driver.json")).then().statusCode(201);
    }

    static Response calculate(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/cases/{caseId}/compensation", caseId);
    }
}
