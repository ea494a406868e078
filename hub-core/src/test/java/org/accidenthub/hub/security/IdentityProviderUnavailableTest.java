package org.accidenthub.hub.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.security.AuthenticationFailedException;
import java.net.ConnectException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;

/** Which authentication failures mean "Keycloak is away" (503) rather than "bad token" (401). */
class IdentityProviderUnavailableTest {

    @Test
    void an_error_answer_of_keycloak_about_the_token_is_not_an_outage() {
        assertThat(IdentityProviderUnavailable.test(new AuthenticationFailedException(
                new OIDCException("{\"error\":\"invalid_request\",\"error_description\":\"Authentication failed.\"}"))))
                .isFalse();
    }

    @Test
    void a_key_refresh_that_could_not_connect_is_unavailable() {
        assertThat(IdentityProviderUnavailable.test(
                new AuthenticationFailedException(new RuntimeException(new ConnectException("Connection refused")))))
                .isTrue();
    }

    @Test
    void a_provider_answering_5xx_is_unavailable_but_4xx_is_not() {
        assertThat(IdentityProviderUnavailable.test(new AuthenticationFailedException(
                new OidcEndpointAccessException(503)))).isTrue();
        assertThat(IdentityProviderUnavailable.test(new AuthenticationFailedException(
                new OidcEndpointAccessException(404)))).isFalse();
    }

    @Test
    void a_bad_token_is_not_an_outage() {
        assertThat(IdentityProviderUnavailable.test(new AuthenticationFailedException(
                new InvalidJwtException("expired", java.util.List.of(), null)))).isFalse();
        assertThat(IdentityProviderUnavailable.test(new AuthenticationFailedException())).isFalse();
    }
}
