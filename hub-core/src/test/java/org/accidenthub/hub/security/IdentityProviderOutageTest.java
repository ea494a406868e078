package org.accidenthub.hub.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The hub starts and answers while Keycloak cannot be reached: a request with a token gets 503
 * with Retry-After (the token may well be good), never 500 and never 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderOutageTest.KeycloakDown.class)
class IdentityProviderOutageTest {

    /** The OIDC server's address is a port where nothing listens. */
    public static class KeycloakDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String nowhere = "http://127.0.0.1:" + closedPort() + "/realms/accident-hub";
            return Map.of("quarkus.oidc.auth-server-url", nowhere, "%test.quarkus.oidc.auth-server-url", nowhere,
                    "quarkus.oidc.connection-timeout", "2S");
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    @Test
    void a_request_with_a_token_gets_503_with_retry_after() {
        given().auth().oauth2(TestTokens.police(TestTokens.ZMD_UNIT)).get("/api/v1/cases").then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "10")
                .body("type", equalTo("urn:accident-hub:problem:unavailable"));
    }

    @Test
    void an_upload_with_a_token_gets_503_too() {
        given().auth().oauth2(TestTokens.police(TestTokens.ZMD_UNIT)).contentType("application/json")
                .body("{}").post("/api/v1/police/accident-files").then()
                .statusCode(503).header("Retry-After", "10");
    }

    @Test
    void a_request_without_a_token_is_still_401() {
        given().get("/api/v1/cases").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void the_hub_started_and_reports_itself_alive() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
