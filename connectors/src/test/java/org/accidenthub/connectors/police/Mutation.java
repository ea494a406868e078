package org.accidenthub.connectors.police;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * One small change to a fixture: set the value at a JSON pointer (appending when the pointer
 * names the next array index), or remove it.
 *
 * @param pointer where
 * @param json    the new value as JSON text; null to remove
 */
record Mutation(String pointer, String json) {

    static Mutation set(String pointer, String json) {
        return new Mutation(pointer, json);
    }

    static Mutation remove(String pointer) {
        return new Mutation(pointer, null);
    }

    void applyTo(ObjectNode root) {
        JsonPointer path = JsonPointer.compile(pointer);
        JsonNode parent = root.at(path.head());
        String last = path.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            if (json == null) {
                object.remove(last);
            } else {
                object.set(last, value());
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (json == null) {
                array.remove(index);
            } else if (index == array.size()) {
                array.add(value());
            } else {
                array.set(index, value());
            }
        } else {
            throw new IllegalArgumentException("no container at " + path.head());
        }
    }

    private JsonNode value() {
        try {
            return PoliceFiles.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return json == null ? "remove " + pointer : pointer + " = " + abbreviated(json);
    }

    private static String abbreviated(String json) {
        return json.length() > 40 ? json.substring(0, 37) + "..." : json;
    }
}
