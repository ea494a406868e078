package org.accidenthub.hub.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Notes which top-level fields a JSON request body carried, for the audit entry of the write
 * ({@link AuditedRequests}). Looks at the body after the endpoint's reader took it, so the body
 * is read once; values are never kept, only names.
 */
@Provider
public class WrittenFields implements ReaderInterceptor {

    static final String PROPERTY = WrittenFields.class.getName();
    private static final JsonFactory JSON = new JsonFactory();
    /** Names beyond this are not listed: the column is for the shape of a write, not its content. */
    private static final int MAX_NAMES = 64;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body = context.proceed();
        MediaType type = context.getMediaType();
        if (type != null && type.getSubtype().toLowerCase().endsWith("json")) {
            List<String> names = namesIn(body);
            if (!names.isEmpty()) {
                context.setProperty(PROPERTY, String.join(",", names));
            }
        }
        return body;
    }

    static List<String> namesIn(Object body) {
        if (body instanceof byte[] bytes) {
            return topLevelNames(bytes);
        }
        if (body instanceof String text) {
            return topLevelNames(text.getBytes(StandardCharsets.UTF_8));
        }
        List<String> names = new ArrayList<>();
        if (body instanceof JsonNode node) {
            node.fieldNames().forEachRemaining(names::add);
        } else if (body instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
        } else if (body != null && body.getClass().isRecord()) {
            for (RecordComponent component : body.getClass().getRecordComponents()) {
                if (RecordValues.valueOf(component, body) != null) {
                    names.add(component.getName());
                }
            }
        }
        return names.size() > MAX_NAMES ? names.subList(0, MAX_NAMES) : names;
    }

    /** The keys of a JSON object, its values skipped unparsed; nothing when it is not an object. */
    static List<String> topLevelNames(byte[] json) {
        List<String> names = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return names;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME && names.size() < MAX_NAMES) {
                names.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException malformed) {
            // the endpoint answers malformed JSON itself; the names read so far still describe the attempt
        }
        return names;
    }
}
