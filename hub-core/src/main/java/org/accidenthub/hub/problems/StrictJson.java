package org.accidenthub.hub.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * Reads JSON request bodies strictly, here rather than in the REST layer, whose own answers to
 * unreadable bodies are not problem+json and name no path. An unknown field is refused with its
 * JSON pointer instead of being ignored, because a misspelt item ("mentalDistres") would otherwise
 * silently count as not given and change who pays what. Shape errors (syntax, unknown field, wrong
 * JSON type) are 400; the content rules then report every problem at once (422).
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

    /**
     * The raw body as {@code type}, or null for an empty body or JSON {@code null} (the endpoint's
     * validation then reports what is required); 400 MALFORMED_JSON with line and column for bytes
     * that are not JSON.
     */
    public <T> T read(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            return null;
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JsonProcessingException malformed) {
            String location = malformed.getLocation() == null ? "" : " at line "
                    + malformed.getLocation().getLineNr() + ", column " + malformed.getLocation().getColumnNr();
            throw ProblemException.badRequest(List.of(new Problem("", "MALFORMED_JSON",
                    malformed.getOriginalMessage() + location)));
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading from memory cannot fail", impossible);
        }
        return tree == null || tree.isNull() || tree.isMissingNode() ? null : read(tree, type);
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
