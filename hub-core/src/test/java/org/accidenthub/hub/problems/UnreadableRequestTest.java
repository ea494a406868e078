package org.accidenthub.hub.problems;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.accidenthub.hub.limits.RequestSizeLimits;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/** Requests that cannot be read answer a 4xx problem, not 500 (found by bench/reliability/hostile-corpus.sh). */
@QuarkusTest
class UnreadableRequestTest {

    @Test
    void a_multipart_body_cut_short_is_refused_with_400() {
        given().auth().oauth2(PoliceUploads.ZMD)
                .contentType("multipart/form-data; boundary=b")
                .body(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"formatVersion\"").getBytes(StandardCharsets.UTF_8))
                .post(PoliceUploads.FILES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("UNREADABLE_BODY"));
    }

    @Test
    void a_content_type_that_is_no_media_type_is_refused_with_415() {
        given().auth().oauth2(PoliceUploads.ZMD)
                .header("Content-Type", "garbage")
                .body("{}".getBytes())
                .post(PoliceUploads.FILES)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void a_uri_over_the_limit_is_refused_with_414_problem() {
        given().auth().oauth2(PoliceUploads.ZMD)
                .queryParam("reportNumber", "9".repeat(RequestSizeLimits.MAX_URI_LENGTH))
                .get("/api/v1/cases")
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    @Test
    void headers_over_the_limit_are_refused_with_431_problem() {
        given().auth().oauth2(PoliceUploads.ZMD)
                .header("X-Padding", "p".repeat(RequestSizeLimits.MAX_HEADER_BYTES))
                .get("/api/v1/cases")
                .then().statusCode(431).contentType("application/problem+json")
                .body("status", equalTo(431));
    }

    @Test
    void a_uri_and_headers_within_the_limits_pass() {
        given().auth().oauth2(PoliceUploads.ZMD)
                .queryParam("reportNumber", "9".repeat(RequestSizeLimits.MAX_URI_LENGTH - 100))
                .header("X-Padding", "p".repeat(RequestSizeLimits.MAX_HEADER_BYTES / 2))
                .get("/api/v1/cases")
                .then().statusCode(anyOf(equalTo(200), equalTo(422))); // answered by the search itself
    }
}
