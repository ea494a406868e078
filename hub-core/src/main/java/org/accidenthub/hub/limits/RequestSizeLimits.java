package org.accidenthub.hub.limits;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accidenthub.connectors.police.PoliceAccidentFileConnector;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.problems.ProblemMappers;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an oversized request from its Content-Length, before the body is read (format spec:
 * "refused before parsing"): JSON bodies over 1 MiB, any body over 100 MiB. A body without
 * a length is still cut off by the HTTP layer at 100 MiB and, for JSON, checked after reading.
 */
public class RequestSizeLimits {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerRequestFilter(preMatching = true)
    public Response refuseOversized(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
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
        if (bytes > PoliceAccidentFileConnector.MAX_REQUEST_BYTES) {
            return problems.problem(ProblemException.tooLarge(
                    "a request may be at most " + PoliceAccidentFileConnector.MAX_REQUEST_BYTES + " bytes"));
        }
        return null;
    }
}
