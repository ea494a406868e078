package org.accidenthub.hub.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tokens and steps of the way from mediation to an enforceable result, shared by the mediation and
 * confirmation tests. The example case has two parties: P1 张伟 (ID 411702198503141230, 70 %, V1 with
 * PICC) and P2 李娜 (ID 411724199007224566, 30 %, injured, V2 with CPIC); PICC owes P2.
 */
public final class Adjudication {

    public static final String POLICE_ZMD = PoliceUploads.ZMD;
    public static final String POLICE_SQ = TestTokens.police(TestTokens.SQ_UNIT);
    public static final String PICC = TestTokens.insurer("PICC");
    public static final String CPIC = TestTokens.insurer("CPIC");
    public static final String MEDIATOR = TestTokens.token("mediator-zmd", Set.of("mediator"), "MEDIATION",
            "ZMD-MED-01", "hub-cli");
    /** A mediator of an organisation no case is assigned to. */
    public static final String OTHER_MEDIATOR = TestTokens.token("mediator-x", Set.of("mediator"), "MEDIATION",
            "XYZ-MED-09", "hub-cli");
    /** The demo realm's judges, with the names their tokens carry (deploy/keycloak/accident-hub-realm.json). */
    public static final String JUDGE_YC1 = judge("judge-yc1", "411702", "周", "建华");
    public static final String JUDGE_YC2 = judge("judge-yc2", "411702", "刘", "洋");
    public static final String JUDGE_SQ1 = judge("judge-sq1", "411624", "孙", "丽");
    /** The name each judge signs with: family name first, no space. */
    public static final Map<String, String> JUDGE_NAMES = Map.of("judge-yc1", "周建华", "judge-yc2", "刘洋",
            "judge-sq1", "孙丽");
    public static final String P1_ID = "411702198503141230";
    public static final String P2_ID = "411724199007224566";
    public static final String PARTY_P1 = party("party-zhangwei", P1_ID);
    public static final String PARTY_P2 = party("party-lina", P2_ID);
    /** A verified person who is not in the example case. */
    public static final String STRANGER = party("party-demo", "411702199003071234");
    public static final String ORGANISATION = "ZMD-MED-01";
    public static final String COURT = "411702";
    public static final Map<String, String> JUDGES = Map.of("judge-yc1", JUDGE_YC1, "judge-yc2", JUDGE_YC2,
            "judge-sq1", JUDGE_SQ1);

    private Adjudication() {
    }

    public static String judge(String username, String court, String familyName, String givenName) {
        return TestTokens.person(username, Set.of("judge"), "COURT", court, familyName, givenName);
    }

    public static String party(String username, String idNumber) {
        return TestTokens.token(username, Set.of("party"), "PARTY", idNumber, "hub-cli");
    }

    public static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    public static String inDays(int days) {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
    }

    /** A fresh example case, P2 assessed and calculated (version 1) by PICC. */
    public static String calculatedCase() {
        return calculated(PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example())));
    }

    /** The example case {@code caseId}, P2 assessed and calculated (version 1) by PICC. */
    public static String calculated(String caseId) {
        given().auth().oauth2(PICC).contentType("application/json")
                .body(resource("/fixtures/compensation/assessment-p2-injured-driver.json"))
                .put("/api/v1/cases/{caseId}/assessments/P2", caseId).then().statusCode(201);
        given().auth().oauth2(PICC).contentType("application/json").body("{\"statisticalYear\":2025}")
                .post("/api/v1/cases/{caseId}/compensation", caseId).then().statusCode(201);
        return caseId;
    }

    public static Response assign(String token, String caseId, String organisation) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"organisationCode\":\"" + organisation + "\"}")
                .post("/api/v1/cases/{caseId}/mediations", caseId);
    }

    /** The agreement every test uses: PICC pays P2 amount by BANK_TRANSFER in 10 days, from version 1. */
    public static String agreementBody(String amount) {
        return "{\"calculationVersion\":1,\"terms\":[{\"payer\":{\"kind\":\"INSURER\",\"insurerCode\":\"PICC\"},"
                + "\"payeeRef\":\"P2\",\"amount\":\"" + amount + "\",\"dueDate\":\"" + inDays(10)
                + "\",\"method\":\"BANK_TRANSFER\"}]}";
    }

    public static Response draft(String token, String caseId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/cases/{caseId}/mediations/current/agreements", caseId);
    }

    public static Response sign(String token, String caseId, int version) {
        return given().auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/cases/{caseId}/mediations/current/agreements/{version}/signatures", caseId, version);
    }

    /** A calculated case mediated by ZMD-MED-01 to an agreement both parties signed (the case is AGREED). */
    public static String agreedCase(String amount) {
        String caseId = calculatedCase();
        assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        draft(MEDIATOR, caseId, agreementBody(amount)).then().statusCode(201);
        sign(PARTY_P1, caseId, 1).then().statusCode(201);
        sign(PARTY_P2, caseId, 1).then().statusCode(201);
        return caseId;
    }

    /** A calculated case whose mediation by ZMD-MED-01 failed (NO_AGREEMENT_ON_AMOUNT): open to a court or arbitration. */
    public static String failedMediation() {
        String caseId = calculatedCase();
        assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"reason\":\"NO_AGREEMENT_ON_AMOUNT\"}")
                .post("/api/v1/cases/{caseId}/mediations/current/failure", caseId).then().statusCode(200);
        return caseId;
    }

    /** The party files the case with court 411702 for a small-claims speed trial. */
    public static Response fileSpeedTrial(String token, String caseId) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"courtCode\":\"411702\",\"procedure\":\"SMALL_CLAIMS\"}")
                .post("/api/v1/cases/{caseId}/speed-trial-filings", caseId);
    }

    /** A speed-trial judgment: PICC pays P2 48,000.00. */
    public static final String SPEED_TRIAL_JUDGMENT = "{\"outcome\":\"PARTLY_UPHELD\",\"reasons\":\"按责任比例赔偿\","
            + "\"amounts\":[{\"payer\":{\"kind\":\"INSURER\",\"insurerCode\":\"PICC\"},\"payeeRef\":\"P2\","
            + "\"amount\":\"48000.00\"}]}";

    public static Response judgeSpeedTrial(String token, String filingId, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/speed-trial-filings/{id}/judgment", filingId);
    }

    public static Response apply(String token, String caseId, String court) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"courtCode\":\"" + court + "\"}")
                .post("/api/v1/cases/{caseId}/confirmation-applications", caseId);
    }

    /** Both parties apply to court 411702: the application is filed and assigned; returns its id. */
    public static String filedApplication(String caseId) {
        apply(PARTY_P1, caseId, COURT).then().statusCode(201);
        return apply(PARTY_P2, caseId, COURT).then().statusCode(201).extract().path("applicationId");
    }

    /** The token of the judge the application was assigned to. */
    public static String assignedJudge(String applicationId) {
        String judge = given().auth().oauth2(JUDGE_YC1).get("/api/v1/confirmation-applications/{id}", applicationId)
                .then().statusCode(200).extract().path("judge");
        return Objects.requireNonNull(JUDGES.get(judge), judge);
    }

    /** The judge of 411702 the application was not assigned to. */
    public static String otherJudge(String applicationId) {
        return assignedJudge(applicationId).equals(JUDGE_YC1) ? JUDGE_YC2 : JUDGE_YC1;
    }

    public static Response judgeStep(String token, String applicationId, String step, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post("/api/v1/confirmation-applications/{id}/{step}", applicationId, step);
    }

    public static Response accept(String applicationId) {
        return judgeStep(assignedJudge(applicationId), applicationId, "acceptance", "{\"decision\":\"ACCEPTED\"}");
    }

    public static Response confirm(String applicationId) {
        return judgeStep(assignedJudge(applicationId), applicationId, "ruling",
                "{\"outcome\":\"CONFIRMED\",\"reasons\":[\"自愿、合法，不损害第三人利益\"]}");
    }

    public static Response timeline(String token, String caseId) {
        return given().auth().oauth2(token).get("/api/v1/cases/{caseId}/timeline", caseId);
    }

    public static String resource(String path) {
        try (InputStream in = Objects.requireNonNull(Adjudication.class.getResourceAsStream(path), path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
