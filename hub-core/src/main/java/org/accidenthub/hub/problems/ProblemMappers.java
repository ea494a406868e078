package org.accidenthub.hub.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.security.IdentityProviderUnavailable;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into RFC 9457 problem+json, so that partners parse one error shape.
 * Authentication failures reach these mappers because proactive authentication is off.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** What the HTTP layer's body stream says past quarkus.http.limits.max-body-size. */
    private static final String REQUEST_TOO_LARGE = "Request too large";

    @ServerExceptionMapper
    public Response problem(ProblemException problem) {
        Response.ResponseBuilder answer = answer(problem.toDetail());
        problem.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException failure) {
        if (IdentityProviderUnavailable.test(failure)) {
            return unreachableIdentityProvider(failure);
        }
        return answer(new ProblemDetail(ProblemDetail.type("unauthorized"), "Unauthorized", 401,
                "a valid bearer token is required", List.of(), List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /**
     * Keycloak cannot be reached to check a token (hub started while it was down, or a key not yet
     * cached): retryable, neither the caller's fault (401) nor a defect (500).
     */
    @ServerExceptionMapper
    public Response identityProviderUnreachable(OIDCException failure) {
        return unreachableIdentityProvider(failure);
    }

    private Response unreachableIdentityProvider(RuntimeException failure) {
        LOG.warnf("identity provider unreachable while checking a token: %s", IdentityProviderUnavailable.causes(failure));
        return problem(ProblemException.unavailable("the identity provider cannot be reached to check the token;"
                + " retry shortly", IdentityProviderUnavailable.RETRY_AFTER_SECONDS));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException failure) {
        String detail = failure.getMessage() == null ? "the caller's role does not allow this" : failure.getMessage();
        return answer(new ProblemDetail(ProblemDetail.type("forbidden"), "Forbidden", 403, detail, List.of(),
                List.of())).build();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        Response.StatusType reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "HTTP " + status : reason.getReasonPhrase();
        return answer(new ProblemDetail(ProblemDetail.type(slug(title)), title, status, failure.getMessage(),
                List.of(), List.of())).build();
    }

    /** A JSON body that does not parse into the endpoint's request type. */
    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException failure) {
        String location = failure.getLocation() == null ? ""
                : " at line " + failure.getLocation().getLineNr() + ", column " + failure.getLocation().getColumnNr();
        return problem(ProblemException.badRequest(
                List.of(new Problem("", "MALFORMED_JSON", failure.getOriginalMessage() + location))));
    }

    @ServerExceptionMapper
    public Response databaseUnreachable(ConnectException failure) {
        LOG.warnf("database unreachable: %s", failure.getMessage());
        return problem(ProblemException.unavailable("the database is unreachable; retry shortly", 5));
    }

    /**
     * A request body that could not be read: a multipart body cut short or with the wrong boundary, a
     * stream over the size limit. The client's fault, found by bench/reliability/hostile-corpus.sh.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException failure) {
        if (DatabaseUnavailable.test(failure)) {
            return unexpected(failure);
        }
        if (REQUEST_TOO_LARGE.equals(failure.getMessage())) {
            return problem(ProblemException.tooLarge("a request may be at most "
                    + PoliceAccidentFileConnector.MAX_REQUEST_BYTES + " bytes"));
        }
        LOG.debugf("unreadable request body: %s", failure);
        return problem(ProblemException.badRequest(List.of(new Problem("", "UNREADABLE_BODY",
                "the request body could not be read: " + failure.getMessage()))));
    }

    /** A Content-Type header that is not a media type at all ("garbage"): the framework fails matching on it. */
    @ServerExceptionMapper
    public Response unparsableMediaType(IllegalArgumentException failure) {
        if (failure.getMessage() != null && failure.getMessage().startsWith("Failed to parse media type")) {
            return problem(ProblemException.unsupportedMediaType(failure.getMessage()));
        }
        return unexpected(failure);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        if (DatabaseUnavailable.test(failure)) {
            // the database went away under a query (restart, failover): retryable, not a defect
            LOG.warnf("database unavailable: %s", failure);
            return problem(ProblemException.unavailable("the database is unavailable; retry shortly", 5));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(failure, "unexpected failure, incident %s", incident);
        return answer(new ProblemDetail(ProblemDetail.type("internal-error"), "Internal error", 500,
                "unexpected failure; quote incident " + incident, List.of(), List.of())).build();
    }

    private static Response.ResponseBuilder answer(ProblemDetail detail) {
        return Response.status(detail.status()).type(ProblemDetail.MEDIA_TYPE).entity(detail);
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
