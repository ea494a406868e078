package org.accidenthub.hub.idempotency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What makes two requests "the same" for a key: the method, the path and the body's JSON with the
 * keys of every object sorted, so that a resend with other whitespace or key order is the same request.
 * A body that is not JSON is taken byte for byte.
 */
final class RequestHash {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestHash() {
    }

    static byte[] of(String method, String path, byte[] body) {
        MessageDigest sha256 = sha256();
        sha256.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
        sha256.update(normalised(body == null ? new byte[0] : body));
        return sha256.digest();
    }

    private static byte[] normalised(byte[] body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree == null ? body : JSON.writeValueAsBytes(sorted(tree));
        } catch (IOException notJson) {
            return body;
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode sorted = JSON.createObjectNode();
            names.forEach(name -> sorted.set(name, sorted(node.get(name))));
            return sorted;
        }
        if (node.isArray()) {
            var array = JSON.createArrayNode();
            node.forEach(item -> array.add(sorted(item)));
            return array;
        }
        return node;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
