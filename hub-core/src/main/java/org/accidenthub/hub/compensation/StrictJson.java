package org.accidenthub.hub.compensation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Reads request bodies of the compensation endpoints strictly: an unknown field is refused with
 * its JSON pointer instead of being ignored, because a misspelt item ("mentalDistres") would
 * otherwise silently count as not claimed and change who pays what. Shape errors (unknown field,
 * wrong JSON type) are 400; the content rules then report every problem at once (422).
 */
@ApplicationScoped
public class StrictJson {

    private final ObjectMapper mapper;
    private final ObjectReader strict;

    StrictJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.strict = mapper.reader().with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** The body as {@code type}; 422 when there is no body, 400 for an unknown field or a wrong type. */
    public <T> T read(JsonNode body, Class<T> type) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ProblemException.invalid(List.of(new Problem("", "REQUIRED", "a JSON body is required")), List.of());
        }
        try {
            return strict.forType(type).readValue(body);
        } catch (UnrecognizedPropertyException unknown) {
            throw ProblemException.badRequest(List.of(new Problem(pointer(unknown), "UNKNOWN_FIELD",
                    "unknown field '" + unknown.getPropertyName() + "'; known: " + unknown.getKnownPropertyIds())));
        } catch (JsonMappingException wrong) {
            throw ProblemException.badRequest(List.of(new Problem(pointer(wrong), "WRONG_TYPE",
                    wrong.getOriginalMessage())));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Stored JSON written by {@link #write(Object)}, read back leniently. */
    public <T> T readStored(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("stored JSON cannot be read as " + type.getSimpleName(), corrupt);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static String pointer(JsonMappingException failure) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            pointer.append('/').append(reference.getFieldName() != null
                    ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
