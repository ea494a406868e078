package org.accidenthub.hub.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readiness_includes_the_database() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void liveness_answers_up() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void prometheus_metrics_include_http_requests() {
        given().auth().oauth2(TestTokens.police(TestTokens.ZMD_UNIT)).get("/api/v1/cases");
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
    }

    @Test
    void the_openapi_document_has_the_intake_with_its_examples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/police/accident-files"))
                .body(containsString("/api/v1/cases/{caseId}"))
                .body(containsString("4117022026000123"))
                .body(containsString("ID_CHECK_CHARACTER"));
    }

    @Test
    void an_unknown_path_answers_a_problem() {
        given().auth().oauth2(TestTokens.police(TestTokens.ZMD_UNIT)).get("/api/v1/nothing-here").then()
                .statusCode(404).contentType("application/problem+json");
    }
}
