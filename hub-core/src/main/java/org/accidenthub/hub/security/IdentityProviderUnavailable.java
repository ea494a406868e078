package org.accidenthub.hub.security;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Recognises an authentication failure whose cause is that Keycloak cannot be reached, not that
 * the token is bad. Such a request is answered 503 with Retry-After: a 401 would tell a partner
 * to throw away a good token, and a 500 would report a defect where there is an outage. Seen on
 * the local stack with Keycloak stopped (docs/SECURITY.md "Keycloak outages"):
 * <ul>
 * <li>the hub started while Keycloak was down: quarkus-oidc retries discovery on each request and
 * fails with a bare {@link io.quarkus.oidc.OIDCException} "OIDC Server is not available" (mapped
 * on its own in {@code ProblemMappers});</li>
 * <li>the hub knows the realm but a token is signed with a key it has not cached (after a key
 * rotation): refreshing the JWKS fails with a connection error under the authentication failure.</li>
 * </ul>
 * An OIDCException <em>under</em> an authentication failure is not an outage: it carries an error
 * answer of Keycloak (e.g. a refused introspection) about a token that is simply not valid.
 */
public final class IdentityProviderUnavailable {

    /** How long a caller should wait: Keycloak restarts in well under a minute on the local stack. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private IdentityProviderUnavailable() {
    }

    /** The chain of causes on one line, for the log: which layer failed, without a stack trace per request. */
    public static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 8; cause = cause.getCause(), depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(cause.getClass().getSimpleName());
            if (cause.getMessage() != null) {
                chain.append(": ").append(cause.getMessage());
            }
        }
        return chain.toString();
    }

    public static boolean test(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException || cause instanceof UnknownHostException
                    || cause instanceof ConnectTimeoutException || cause instanceof TimeoutException) {
                return true;
            }
            // Keycloak answering 5xx (starting up, overloaded) to the discovery or JWKS request
            if (cause instanceof OidcEndpointAccessException access && access.getErrorStatus() >= 500) {
                return true;
            }
        }
        return false;
    }
}
