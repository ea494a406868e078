package org.accidenthub.hub.limits;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.problems.ProblemMappers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 429 with Retry-After when a client exceeds its rate. The client is the token's
 * authorised party (azp, the OAuth client) once the token is verified, so a forged token
 * cannot spend another client's budget; calls without a token count per remote address.
 */
public class RateLimitFilter {

    private final ClientRateLimiter limiter;
    private final CurrentIdentityAssociation identities;
    private final ProblemMappers problems = new ProblemMappers();

    RateLimitFilter(ClientRateLimiter limiter, CurrentIdentityAssociation identities) {
        this.limiter = limiter;
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Response> limit(HttpServerRequest request) {
        return identities.getDeferredIdentity().map(identity -> {
            String client = identity.isAnonymous()
                    ? "address:" + request.remoteAddress().hostAddress()
                    : "client:" + clientOf(identity.getPrincipal());
            return limiter.take(client)
                    .map(wait -> problems.problem(ProblemException.tooManyRequests(
                            "rate limit exceeded; retry after the time in Retry-After",
                            (int) Math.max(1, Math.ceil(wait.toMillis() / 1000.0)))))
                    .orElse(null);
        });
    }

    private static String clientOf(java.security.Principal principal) {
        if (principal instanceof JsonWebToken token && token.getClaim("azp") != null) {
            return token.getClaim("azp").toString();
        }
        return principal.getName();
    }
}
