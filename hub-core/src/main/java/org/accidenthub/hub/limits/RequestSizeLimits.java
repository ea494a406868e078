package org.accidenthub.hub.limits;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.accidenthub.connectors.mediation.MediationFormat;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.problems.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an oversized request before anything reads it, with problem+json like every other refusal.
 *
 * <p>Request line and headers: the HTTP layer's own limits (application.properties) sit above
 * ours, so a request that is too long for us but not for it gets a 414 or 431 problem naming the
 * limit; only a request past the HTTP layer's hard limits gets its bare answer.
 *
 * <p>Body: from its Content-Length (format spec: "refused before parsing"), JSON bodies over 1 MiB,
 * any body over 100 MiB. A body without a length is still cut off by the HTTP layer at 100 MiB and,
 * for JSON, checked after reading.
 *
 * <p>A mediation platform's document (raw bytes, at most the format's 20 MiB) must say its length, so that
 * one over the limit is refused before a byte is read and no body beyond it is ever held: 411 without
 * Content-Length, 413 over the limit.
 */
public class RequestSizeLimits {

    /** The longest path with query we serve: searches have a handful of short parameters. */
    public static final int MAX_URI_LENGTH = 4_096;
    /** All header names and values together: a bearer token of a few KiB plus the usual headers fits easily. */
    public static final int MAX_HEADER_BYTES = 16_384;

    private static final Pattern MEDIATION_DOCUMENT =
            Pattern.compile("/api/v1/cases/[^/]+/mediations/current/documents/[^/]+");

    private final ProblemMappers problems = new ProblemMappers();

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(HttpServerRequest request) {
        if (request.uri().length() > MAX_URI_LENGTH) {
            return problems.problem(ProblemException.uriTooLong(
                    "the path and query may be at most " + MAX_URI_LENGTH + " characters"));
        }
        if (headerBytes(request) > MAX_HEADER_BYTES) {
            return problems.problem(ProblemException.headersTooLarge(
                    "the request headers may be at most " + MAX_HEADER_BYTES + " bytes together"));
        }
        return refuseOversizedBody(request);
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (var header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return bytes;
    }

    private Response refuseOversizedBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean document = HttpMethod.PUT.equals(request.method())
                && MEDIATION_DOCUMENT.matcher(request.path()).matches();
        if (length == null) {
            return document ? problems.problem(ProblemException.lengthRequired("a document is delivered with its "
                    + "Content-Length (1 to " + MediationFormat.MAX_DOCUMENT_BYTES + " bytes)")) : null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return null; // the HTTP layer answers a malformed length itself
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        boolean json = type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_JSON);
        if (json && bytes > PoliceAccidentFileConnector.MAX_FILE_BYTES) {
            return problems.problem(ProblemException.tooLarge(
                    "a JSON body may be at most " + PoliceAccidentFileConnector.MAX_FILE_BYTES + " bytes"));
        }
        if (document && bytes > MediationFormat.MAX_DOCUMENT_BYTES) {
            return problems.problem(ProblemException.tooLarge(
                    "a document may be at most " + MediationFormat.MAX_DOCUMENT_BYTES + " bytes"));
        }
        if (bytes > PoliceAccidentFileConnector.MAX_REQUEST_BYTES) {
            return problems.problem(ProblemException.tooLarge(
                    "a request may be at most " + PoliceAccidentFileConnector.MAX_REQUEST_BYTES + " bytes"));
        }
        return null;
    }
}
