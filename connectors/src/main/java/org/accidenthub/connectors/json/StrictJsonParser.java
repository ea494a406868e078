package org.accidenthub.connectors.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Turns the bytes of a file into a Jackson tree, reporting instead of throwing.
 *
 * <p>It builds the tree itself from Jackson's token stream so that a repeated key becomes a
 * {@link ProblemCode#DUPLICATE_KEY} problem at its path (and parsing goes on, so the rest of
 * the file is still checked) rather than an exception that hides every other problem.
 * Hostile input is bounded: the caller has already refused messages over its format's byte
 * limit, nesting stops at {@value #MAX_NESTING_DEPTH} levels, and no string may be longer than
 * twice the longest text field of the format in characters (a character is at most two UTF-16
 * units, the unit Jackson counts in).
 */
public final class StrictJsonParser {

    public static final int MAX_NESTING_DEPTH = 64;
    public static final int MAX_NUMBER_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 1_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ProblemCollector problems;
    private final JsonFactory factory;
    private final int maxStringUnits;

    /**
     * @param maxDocumentBytes the format's byte limit (the caller refuses larger messages first)
     * @param maxTextLength    the longest text field of the format, in characters
     */
    public StrictJsonParser(ProblemCollector problems, int maxDocumentBytes, int maxTextLength) {
        this.problems = problems;
        this.maxStringUnits = 2 * maxTextLength;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // one more than our own limit, so that ours (with its own code) trips first
                        .maxNestingDepth(MAX_NESTING_DEPTH + 1)
                        .maxStringLength(maxStringUnits)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxDocumentLength(maxDocumentBytes)
                        .build())
                // messages go back to the sender; they must not echo the file's content
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /** The tree, or empty when the bytes are not one JSON value (the problem is recorded). */
    public Optional<JsonNode> parse(byte[] bytes) {
        Optional<String> text = decodeUtf8(bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            malformed("the message is empty", null);
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text.get())) {
            try {
                JsonNode root = value(parser, parser.nextToken(), Pointer.ROOT, 0);
                if (parser.nextToken() != null) {
                    malformed("unexpected content after the end of the JSON value", parser.currentLocation());
                    return Optional.empty();
                }
                return Optional.of(root);
            } catch (StreamConstraintsException tooLong) {
                String path = parser.getParsingContext().pathAsPointer().toString();
                problems.error(path, JsonProblemCode.TOO_LONG.name(), at(parser.currentLocation())
                        + "longer than this format allows anywhere (strings " + maxStringUnits
                        + " UTF-16 units, numbers " + MAX_NUMBER_LENGTH + " characters, field names "
                        + MAX_NAME_LENGTH + " characters)");
            } catch (TooDeep tooDeep) {
                problems.error(tooDeep.path, JsonProblemCode.NESTING_TOO_DEEP.name(), at(parser.currentLocation())
                        + "objects and arrays may be nested at most " + MAX_NESTING_DEPTH + " levels deep");
            } catch (JsonProcessingException syntax) {
                // Jackson quotes an unrecognised token, which may be personal data: leave it out
                malformed(syntax.getOriginalMessage().replaceAll("token '[^']*'", "token"), syntax.getLocation());
            }
        } catch (IOException unreadable) {
            malformed(String.valueOf(unreadable.getMessage()), null);
        }
        return Optional.empty();
    }

    private Optional<String> decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            // RFC 8259 section 8.1: a parser may ignore a byte order mark
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            problems.error(Pointer.ROOT, JsonProblemCode.INVALID_ENCODING.name(),
                    "the message must be UTF-8 encoded (application/json, UTF-8)");
            return Optional.empty();
        }
    }

    private JsonNode value(JsonParser parser, JsonToken token, String path, int depth) throws IOException {
        if (token == null) {
            throw new JsonEOFException(parser, null, "unexpected end of input");
        }
        return switch (token) {
            case START_OBJECT -> object(parser, path, depth + 1);
            case START_ARRAY -> array(parser, path, depth + 1);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "unexpected token " + token);
        };
    }

    private ObjectNode object(JsonParser parser, String path, int depth) throws IOException {
        checkDepth(path, depth);
        ObjectNode object = NODES.objectNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            String childPath = Pointer.field(path, name);
            JsonNode child = value(parser, parser.nextToken(), childPath, depth);
            if (object.has(name)) {
                // keep the first value; the file is rejected anyway, but its other problems still show
                problems.error(childPath, JsonProblemCode.DUPLICATE_KEY.name(),
                        "the key \"" + name + "\" appears more than once");
            } else {
                object.set(name, child);
            }
        }
        return object;
    }

    private ArrayNode array(JsonParser parser, String path, int depth) throws IOException {
        checkDepth(path, depth);
        ArrayNode array = NODES.arrayNode();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            array.add(value(parser, token, Pointer.index(path, array.size()), depth));
        }
        return array;
    }

    private static void checkDepth(String path, int depth) throws TooDeep {
        if (depth > MAX_NESTING_DEPTH) {
            throw new TooDeep(path);
        }
    }

    private void malformed(String detail, JsonLocation location) {
        problems.error(Pointer.ROOT, JsonProblemCode.MALFORMED_JSON.name(), at(location) + "not valid JSON: " + detail);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
    }

    /** Unwinds the tree building when the nesting limit is passed. */
    private static final class TooDeep extends IOException {
        private final transient String path;

        TooDeep(String path) {
            super("nesting deeper than " + MAX_NESTING_DEPTH + " at " + path);
            this.path = path;
        }
    }
}
