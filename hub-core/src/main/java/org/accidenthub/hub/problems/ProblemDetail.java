package org.accidenthub.hub.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;

/**
 * The body of every error answer: RFC 9457 problem details, with every validation problem
 * and its path in {@code errors} (and accepted oddities in {@code warnings}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProblemDetail(String type, String title, int status, String detail, List<Problem> errors,
        List<Problem> warnings) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Problem types are URNs: stable identifiers, documented in docs/ARCHITECTURE.md, not pages to fetch. */
    static String type(String slug) {
        return "urn:accident-hub:problem:" + slug;
    }
}
