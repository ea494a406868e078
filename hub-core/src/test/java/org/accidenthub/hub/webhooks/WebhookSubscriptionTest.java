package org.accidenthub.hub.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookSubscriptionTest {

    private static final String ZMD = PoliceUploads.ZMD;
    private static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);
    private static final String URL = "http://127.0.0.1:9/accident-hub/events";
    private static final String PATH = Subscriptions.PATH;

    @Test
    void a_subscription_answers_its_secret_once() {
        String id = given().auth().oauth2(ZMD).contentType("application/json")
                .body(Map.of("url", URL, "eventTypes", List.of("ACCIDENT_RECEIVED"), "description", "case system"))
                .post(PATH).then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("secret", startsWith("whsec_"))
                .body("eventTypes", equalTo(List.of("ACCIDENT_RECEIVED")))
                .body("description", equalTo("case system"))
                .extract().path("id");

        given().auth().oauth2(ZMD).get(PATH + "/" + id).then().statusCode(200)
                .body("url", equalTo(URL)).body("secret", nullValue());
        given().auth().oauth2(ZMD).get(PATH).then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.secret", not(hasItem(notNullValue())));
        Subscriptions.delete(ZMD, id);
    }

    @Test
    void every_problem_of_a_request_is_listed_and_nothing_is_stored() {
        int before = given().auth().oauth2(ZMD).get(PATH).then().extract().path("total");

        given().auth().oauth2(ZMD).contentType("application/json")
                .body(Map.of("url", "ftp://example.com/hook", "eventTypes", List.of("NOPE", "ACCIDENT_RECEIVED", "X"),
                        "description", "d".repeat(501)))
                .post(PATH).then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", hasItems("/url", "/eventTypes/0", "/eventTypes/2", "/description"))
                .body("errors.code", hasItems("INVALID_URL", "UNKNOWN_EVENT_TYPE", "TOO_LONG"));

        given().auth().oauth2(ZMD).get(PATH).then().body("total", equalTo(before));
    }

    @Test
    void url_and_event_types_are_required() {
        given().auth().oauth2(ZMD).contentType("application/json").body(Map.of())
                .post(PATH).then().statusCode(422)
                .body("errors.path", hasItems("/url", "/eventTypes"))
                .body("errors.code", hasItem("REQUIRED"));
    }

    @Test
    void credentials_in_the_url_are_refused() {
        given().auth().oauth2(ZMD).contentType("application/json")
                .body(Map.of("url", "http://user:pw@127.0.0.1:9/hook", "eventTypes", List.of("ACCIDENT_RECEIVED")))
                .post(PATH).then().statusCode(422).body("errors.code", hasItem("CREDENTIALS_IN_URL"));
    }

    @Test
    void another_organisations_subscription_is_not_found() {
        String id = Subscriptions.create(ZMD, URL, List.of("ACCIDENT_RECEIVED")).getString("id");

        given().auth().oauth2(SQ).get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(SQ).delete(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(SQ).queryParam("after", "MS4wLjA").post(PATH + "/" + id + "/replay").then()
                .statusCode(404);
        given().auth().oauth2(SQ).get(PATH + "/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(TestTokens.insurer("PICC")).get(PATH + "/" + id).then().statusCode(404);
        given().auth().oauth2(SQ).get(PATH).then().body("items.id", not(hasItem(id)));

        given().auth().oauth2(ZMD).get(PATH + "/" + id).then().statusCode(200);
        Subscriptions.delete(ZMD, id);
    }

    @Test
    void a_deleted_subscription_is_gone() {
        String id = Subscriptions.create(ZMD, URL, List.of("ACCIDENT_RECEIVED")).getString("id");

        Subscriptions.delete(ZMD, id);

        given().auth().oauth2(ZMD).get(PATH + "/" + id).then().statusCode(404);
    }

    @Test
    void an_insurer_subscribes_for_itself() {
        String picc = TestTokens.insurer("PICC");

        String id = Subscriptions.create(picc, URL, List.of("CLAIM_OPENED")).getString("id");

        given().auth().oauth2(picc).get(PATH).then().body("items.id", hasItem(id));
        Subscriptions.delete(picc, id);
    }

    @Test
    void replay_parameters_are_checked() {
        String id = Subscriptions.create(ZMD, URL, List.of("ACCIDENT_RECEIVED")).getString("id");

        given().auth().oauth2(ZMD).post(PATH + "/" + id + "/replay").then().statusCode(400)
                .body("errors.code", hasItem("ONE_OF_REQUIRED"));
        given().auth().oauth2(ZMD).queryParam("caseId", "not-a-uuid").queryParam("fromSequence", 0)
                .post(PATH + "/" + id + "/replay").then().statusCode(400)
                .body("errors.path", hasItems("/query/caseId", "/query/fromSequence"));
        given().auth().oauth2(ZMD).queryParam("after", "garbage").post(PATH + "/" + id + "/replay").then()
                .statusCode(400).body("errors.code", hasItem("INVALID_CURSOR"));
        given().auth().oauth2(ZMD).queryParam("status", "LOST").get(PATH + "/" + id + "/deliveries").then()
                .statusCode(400).body("errors.path", hasItem("/query/status"));
        Subscriptions.delete(ZMD, id);
    }

    @Test
    void without_a_token_webhooks_answer_401() {
        given().get(PATH).then().statusCode(401).contentType("application/problem+json");
        given().contentType("application/json").body(Map.of("url", URL)).post(PATH).then().statusCode(401);
    }

    @Test
    void a_judge_or_the_operator_may_not_subscribe() {
        String judge = TestTokens.token("judge", Set.of("judge"), "COURT", "411702", "hub-cli");
        String admin = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");

        for (String token : List.of(judge, admin)) {
            given().auth().oauth2(token).contentType("application/json")
                    .body(Map.of("url", URL, "eventTypes", List.of("ACCIDENT_RECEIVED")))
                    .post(PATH).then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).get(PATH).then().statusCode(403);
        }
    }

    @Test
    void a_role_that_does_not_match_the_organisation_type_is_refused() {
        String mixed = TestTokens.token("odd", Set.of("police"), "INSURER", "PICC", "hub-cli");

        given().auth().oauth2(mixed).get(PATH).then().statusCode(403).contentType("application/problem+json");
    }
}
