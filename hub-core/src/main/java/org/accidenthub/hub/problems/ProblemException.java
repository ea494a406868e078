package org.accidenthub.hub.problems;

import java.util.List;
import java.util.Map;
import org.accidenthub.connectors.spi.Problem;

/** A request the hub refuses, with everything the caller needs to correct it. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem> errors;
    private final List<Problem> warnings;
    private final Map<String, String> headers;

    ProblemException(int status, String slug, String title, String detail, List<Problem> errors,
            List<Problem> warnings, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
        this.headers = Map.copyOf(headers);
    }

    /** 422: the content was understood but breaks the format's rules. */
    public static ProblemException invalid(List<Problem> errors, List<Problem> warnings) {
        return new ProblemException(422, "validation-failed", "The request content is not valid",
                errors.size() + " problem(s) found; see errors", errors, warnings, Map.of());
    }

    /** 400: a query parameter or request shape the endpoint cannot use. */
    public static ProblemException badRequest(List<Problem> errors) {
        return new ProblemException(400, "bad-request", "The request is malformed",
                errors.size() + " problem(s) found; see errors", errors, List.of(), Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of(), List.of(), Map.of());
    }

    /** 404, also for what exists but lies outside the caller's organisation: its existence is not revealed. */
    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of(), List.of(), Map.of());
    }

    /**
     * 409: well-formed, but not allowed in the current state of what it acts on (an illegal lifecycle
     * transition, a deadline already passed, a step taken twice). {@code errors} name the rule.
     */
    public static ProblemException conflict(String detail, List<Problem> errors) {
        return new ProblemException(409, "conflict", "Conflict", detail, errors, List.of(), Map.of());
    }

    public static ProblemException conflict(String detail) {
        return conflict(detail, List.of());
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, List.of(), List.of(),
                Map.of());
    }

    /** 413 with the problem the reader reported (its path and code), for bodies a connector measures itself. */
    public static ProblemException tooLarge(String detail, List<Problem> errors) {
        return new ProblemException(413, "payload-too-large", "Payload too large", detail, errors, List.of(),
                Map.of());
    }

    /** 411: a body whose size must be known before it is read came without Content-Length. */
    public static ProblemException lengthRequired(String detail) {
        return new ProblemException(411, "length-required", "Length required", detail, List.of(), List.of(),
                Map.of());
    }

    public static ProblemException uriTooLong(String detail) {
        return new ProblemException(414, "uri-too-long", "URI too long", detail, List.of(), List.of(), Map.of());
    }

    public static ProblemException headersTooLarge(String detail) {
        return new ProblemException(431, "request-header-fields-too-large", "Request header fields too large", detail,
                List.of(), List.of(), Map.of());
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail, List.of(),
                List.of(), Map.of());
    }

    public static ProblemException tooManyRequests(String detail, int retryAfterSeconds) {
        return new ProblemException(429, "too-many-requests", "Too many requests", detail, List.of(), List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail, List.of(), List.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemDetail toDetail() {
        return new ProblemDetail(ProblemDetail.type(slug), title, status, getMessage(), errors, warnings);
    }
}
