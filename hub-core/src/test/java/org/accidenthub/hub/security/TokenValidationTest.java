package org.accidenthub.hub.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Tokens the hub must refuse with 401 problem+json, whatever else they claim. */
@QuarkusTest
class TokenValidationTest {

    static final String CASES = "/api/v1/cases";

    static void refused(String token) {
        given().auth().oauth2(token).get(CASES).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }

    static io.smallrye.jwt.build.JwtClaimsBuilder police() {
        return Jwt.subject("police-zmd")
                .issuer("https://server.example.com")
                .audience("accident-hub")
                .claim("realm_access", Map.of("roles", Set.of("police")))
                .claim("org_type", "POLICE")
                .claim("org_code", TestTokens.ZMD_UNIT);
    }

    @Test
    void a_well_formed_token_is_accepted() {
        given().auth().oauth2(police().expiresIn(300).sign()).get(CASES).then().statusCode(200);
    }

    @Test
    void an_expired_token_is_refused() {
        refused(police().issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign());
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        refused(police().issuer("https://attacker.example.com").expiresIn(300).sign());
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        refused(police().audience("account").expiresIn(300).sign());
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        String signed = police().expiresIn(300).sign();
        String claims = signed.split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        refused(header + "." + claims + ".");
    }

    @Test
    void a_token_whose_claims_were_changed_after_signing_is_refused() {
        String[] parts = police().expiresIn(300).sign().split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace(TestTokens.ZMD_UNIT, TestTokens.SQ_UNIT).getBytes(StandardCharsets.UTF_8));
        refused(parts[0] + "." + forgedClaims + "." + parts[2]);
    }

    @Test
    void garbage_in_the_authorization_header_is_refused() {
        refused("not-a-jwt");
    }
}
