package org.accidenthub.hub.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Reads a write's JSON body into its request record. Done here rather than by the REST layer,
 * whose own answers to unreadable bodies are not problem+json (and name no path): syntax errors
 * are 400 MALFORMED_JSON, a value of the wrong JSON type is 400 WRONG_TYPE at its JSON pointer.
 */
@ApplicationScoped
class ClaimBodies {

    private final ObjectMapper json;

    ClaimBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The request, or null for an empty body or JSON {@code null} (then validation reports it). */
    <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return json.readValue(body, type);
        } catch (MismatchedInputException wrongType) {
            throw ProblemException.badRequest(List.of(new Problem(pointer(wrongType), "WRONG_TYPE",
                    "a value of the wrong JSON type: " + wrongType.getOriginalMessage())));
        } catch (JsonProcessingException malformed) {
            String location = malformed.getLocation() == null ? "" : " at line "
                    + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
            throw ProblemException.badRequest(List.of(new Problem("", "MALFORMED_JSON",
                    malformed.getOriginalMessage() + location)));
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading from memory cannot fail", impossible);
        }
    }

    private static String pointer(JsonMappingException failure) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : step.getIndex());
        }
        return pointer.toString();
    }
}
