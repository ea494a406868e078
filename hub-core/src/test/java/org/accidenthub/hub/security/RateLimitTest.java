package org.accidenthub.hub.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(RateLimitTest.TightLimit.class)
class RateLimitTest {

    /**
     * A burst of 5 refilled at one request per 100 seconds: the sixth request is over the limit
     * however slowly the machine sends the first five.
     */
    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hub.rate-limit.per-second", "0.01", "hub.rate-limit.burst", "5");
        }
    }

    @Test
    void a_client_over_its_rate_gets_429_with_retry_after_while_another_client_is_served() {
        String police = TestTokens.police(TestTokens.ZMD_UNIT);
        Response last = null;
        for (int i = 0; i < 6; i++) {
            last = given().auth().oauth2(police).get("/api/v1/cases");
        }

        last.then().statusCode(429).contentType("application/problem+json");
        assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 100);
        given().auth().oauth2(TestTokens.insurer("PICC")).get("/api/v1/cases").then().statusCode(200);
    }
}
