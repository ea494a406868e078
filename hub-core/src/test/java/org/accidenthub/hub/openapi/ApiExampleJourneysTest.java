package org.accidenthub.hub.openapi;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.ORGANISATION;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.SettableClock;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Every request example of the speed-trial, confirmation, mediation and arbitration endpoints is posted,
 * as the document shows it, to the real endpoint in a journey that brings a case to where the example
 * applies — an example an endpoint refuses fails here. Only what names a stored thing is replaced: the
 * ids of the case, mediation and referral in a partner message, and its messageId (used once).
 */
@QuarkusTest
class ApiExampleJourneysTest {

    private static final String ARBITRATOR = TestTokens.token("arbitrator-zmd", Set.of("arbitrator"), "ARBITRATION",
            "ZMD-ARB", "hub-cli");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every request example posted by any journey: operation + example name. */
    private static final Set<String> POSTED = new LinkedHashSet<>();
    private static JsonPath openApi;

    @Inject
    SettableClock clock;

    /** The hub's clock at {@code instant} from now on (until {@link SettableClock#reset()}). */
    private void at(String instant) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    @Test
    void every_request_example_is_taken_by_its_endpoint() throws Exception {
        openApi = OpenApiDocument.fetch();

        // the examples tell the example case's story on its own dates (the accident on 2026-10-03,
        // the finding on 10-10, a session on 10-12, terms due on 10-30): the hub's clock is set there
        try {
            at("2026-10-12T06:00:00Z");
            mediationToAConfirmedRuling();
            at("2026-10-20T04:00:00Z");
            platformMessagesThenArbitration();
        } finally {
            clock.reset();
        }
        aRejectedConfirmationToASpeedTrialJudgment();
        aMediationEndedByTheMediator();

        assertThat(POSTED).as("request examples posted by the journeys").containsAll(documentedRequestExamples());
    }

    private static void mediationToAConfirmedRuling() {
        String caseId = Adjudication.calculatedCase();
        String mediations = "/api/v1/cases/{caseId}/mediations";

        post(POLICE_ZMD, mediations, "referral", caseId).then().statusCode(201);
        post(MEDIATOR, mediations + "/current/sessions", "session", caseId).then().statusCode(201);
        post(MEDIATOR, mediations + "/current/agreements", "two insurers pay P2", caseId).then().statusCode(201);
        String signatures = mediations + "/current/agreements/{version}/signatures";
        post(PARTY_P1, signatures, "party", caseId, 1).then().statusCode(201);
        post(MEDIATOR, signatures, "in person", caseId, 1).then().statusCode(201).body("state", equalTo("EFFECTIVE"));

        String apply = "/api/v1/cases/{caseId}/confirmation-applications";
        post(PARTY_P1, apply, "to court 411702", caseId).then().statusCode(201);
        String applicationId = post(PARTY_P2, apply, "to court 411702", caseId).then().statusCode(201)
                .body("state", equalTo("FILED")).extract().path("applicationId");
        String judge = Adjudication.assignedJudge(applicationId);
        String application = "/api/v1/confirmation-applications/{applicationId}";
        post(judge, application + "/acceptance", "accept", applicationId).then().statusCode(200);
        post(judge, application + "/extension", "extend", applicationId).then().statusCode(200);
        post(judge, application + "/ruling", "confirm", applicationId).then().statusCode(200)
                .body("state", equalTo("CONFIRMED"));
    }

    private static void aRejectedConfirmationToASpeedTrialJudgment() {
        String caseId = Adjudication.agreedCase("50000.00");
        String applicationId = Adjudication.filedApplication(caseId);
        Adjudication.accept(applicationId).then().statusCode(200);
        post(Adjudication.assignedJudge(applicationId), "/api/v1/confirmation-applications/{applicationId}/ruling",
                "reject", applicationId).then().statusCode(200).body("state", equalTo("REJECTED"));

        String filingId = post(PARTY_P2, "/api/v1/cases/{caseId}/speed-trial-filings", "small claim", caseId).then()
                .statusCode(201).extract().path("filingId");
        String judge = Adjudication.JUDGES.get(given().auth().oauth2(PARTY_P2)
                .get("/api/v1/speed-trial-filings/{id}", filingId).then().extract().<String>path("judge"));
        post(judge, "/api/v1/speed-trial-filings/{filingId}/judgment", "partly upheld", filingId).then()
                .statusCode(200).body("state", equalTo("JUDGED"));
    }

    private static void aMediationEndedByTheMediator() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);

        post(MEDIATOR, "/api/v1/cases/{caseId}/mediations/current/failure", "amount", caseId).then().statusCode(200)
                .body("caseState", equalTo("MEDIATION_FAILED"));
    }

    private static void platformMessagesThenArbitration() throws Exception {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        String mediationId = given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{caseId}/mediations/current", caseId)
                .then().extract().path("mediationId");

        for (String message : List.of("session", "agreement", "failure")) {
            Map<String, Object> body = example("/api/v1/mediation/messages", message);
            body.put("caseId", caseId);
            body.put("mediationId", mediationId);
            body.put("messageId", body.get("messageId") + "-" + UUID.randomUUID());
            send(MEDIATOR, "/api/v1/mediation/messages", message, JSON.writeValueAsString(body), "application/json")
                    .then().statusCode(200);
        }
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("MEDIATION_FAILED"));

        String referralId = post(PARTY_P2, "/api/v1/cases/{caseId}/arbitration-referrals", "referral", caseId).then()
                .statusCode(201).extract().path("referralId");
        String award = exampleText("/api/v1/arbitration/awards", "award", "application/xml");
        award = award.replaceFirst("<referralId>[^<]*</referralId>", "<referralId>" + referralId + "</referralId>")
                .replaceFirst("<caseId>[^<]*</caseId>", "<caseId>" + caseId + "</caseId>")
                .replaceFirst("<messageId>([^<]*)</messageId>", "<messageId>$1-" + UUID.randomUUID() + "</messageId>");
        send(ARBITRATOR, "/api/v1/arbitration/awards", "award", award, "application/xml").then().statusCode(201)
                .body("state", equalTo("AWARDED"));
    }

    /** Every request example the document shows for the four adjudication groups: path + example name. */
    private static Set<String> documentedRequestExamples() {
        Set<String> documented = new LinkedHashSet<>();
        OpenApiDocument.forEachOperation(openApi, (group, operation) -> {
            Map<String, Map<String, Object>> content = openApi.getMap(operation + ".requestBody.content");
            if (group != OpenApiDocument.Group.INSURER && content != null) {
                String path = operation.substring("paths.'".length(), operation.lastIndexOf("'."));
                content.values().forEach(media -> OpenApiDocument.examplesOf(openApi, media).keySet()
                        .forEach(name -> documented.add(path + " " + name)));
            }
        });
        assertThat(documented).hasSizeGreaterThanOrEqualTo(16);
        return documented;
    }

    // ------------------------------------------------------------------------------------------------

    private static Response post(String token, String path, String example, Object... pathParameters) {
        try {
            return send(token, path, example, JSON.writeValueAsString(example(path, example)), "application/json",
                    pathParameters);
        } catch (java.io.IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    private static Response send(String token, String path, String example, String body, String mediaType,
            Object... pathParameters) {
        POSTED.add(path + " " + example);
        Response response = given().auth().oauth2(token).contentType(mediaType + "; charset=UTF-8").body(body)
                .post(path, pathParameters);
        assertThat(response.statusCode()).as("%s example '%s' answered %s", path, example, response.asString())
                .isLessThan(300);
        return response;
    }

    /** The named request example of the operation, resolved, as a JSON object. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> example(String path, String name) {
        Object value = value(path, name, "application/json");
        try {
            return value instanceof String text ? JSON.readValue(text, Map.class)
                    : JSON.readValue(JSON.writeValueAsString(value), Map.class);
        } catch (java.io.IOException notJson) {
            throw new IllegalStateException(path + " example " + name + " is not JSON", notJson);
        }
    }

    private static String exampleText(String path, String name, String mediaType) {
        return (String) value(path, name, mediaType);
    }

    private static Object value(String path, String name, String mediaType) {
        Map<String, Object> media = openApi.getMap("paths.'" + path + "'.post.requestBody.content.'" + mediaType + "'");
        assertThat(media).as(path + " takes " + mediaType).isNotNull();
        Map<String, Object> examples = OpenApiDocument.examplesOf(openApi, media);
        assertThat(examples).as(path + " documents example " + name).containsKey(name);
        return examples.get(name);
    }
}
