package org.accidenthub.connectors.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;

/**
 * Canonical records as plain JSON, following the API conventions (lowerCamelCase fields,
 * instants and dates in ISO-8601, money as a decimal string with two places, enums as
 * strings, absent optional fields as null).
 *
 * <p>Used for golden files and for showing a stored revision. Unlike Avro's own JSON
 * encoding it carries no union wrappers, so it reads like the API; it is for people and
 * tests, not a wire format (the wire format is Avro single-object encoding).
 */
public final class CanonicalJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CanonicalJson() {
    }

    public static ObjectNode of(IndexedRecord record) {
        ObjectNode node = JSON.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            node.set(field.name(), value(record.get(field.pos())));
        }
        return node;
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof IndexedRecord record) {
            return of(record);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = JSON.arrayNode();
            items.forEach(item -> array.add(value(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), value(item)));
            return object;
        }
        if (value instanceof BigDecimal money) {
            return JSON.textNode(money.toPlainString());
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Long number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Double number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Float number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Enum<?> symbol) {
            return JSON.textNode(symbol.name());
        }
        if (value instanceof GenericEnumSymbol<?> symbol) {
            return JSON.textNode(symbol.toString());
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof CharSequence) {
            return JSON.textNode(value.toString());
        }
        throw new IllegalArgumentException("no canonical JSON for " + value.getClass().getName());
    }
}
