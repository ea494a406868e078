package org.accidenthub.connectors.insurer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * The way back from CanonicalJson for the outbound golden files: a canonical JSON tree (no union
 * wrappers) into the generated record of {@code schema}. Test-only: the wire format is Avro.
 */
final class CanonicalJsonReader {

    private CanonicalJsonReader() {
    }

    static SpecificRecordBase read(JsonNode json, Schema schema) {
        SpecificRecordBase record = (SpecificRecordBase) SpecificData.get().newRecord(null, schema);
        for (Schema.Field field : schema.getFields()) {
            if (!json.has(field.name())) {
                throw new IllegalArgumentException("golden file lacks " + field.name());
            }
            record.put(field.pos(), value(json.get(field.name()), field.schema()));
        }
        return record;
    }

    private static Object value(JsonNode json, Schema schema) {
        if (schema.getType() == Schema.Type.UNION) {
            if (json.isNull()) {
                return null;
            }
            return value(json, schema.getTypes().stream().filter(type -> type.getType() != Schema.Type.NULL)
                    .findFirst().orElseThrow());
        }
        LogicalType logical = schema.getLogicalType();
        if (logical != null) {
            return switch (logical.getName()) {
                case "decimal" -> new BigDecimal(json.textValue());
                case "timestamp-millis" -> Instant.parse(json.textValue());
                case "date" -> LocalDate.parse(json.textValue());
                default -> throw new IllegalArgumentException(logical.getName());
            };
        }
        return switch (schema.getType()) {
            case RECORD -> read(json, schema);
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                json.forEach(item -> items.add(value(item, schema.getElementType())));
                yield items;
            }
            case ENUM -> SpecificData.get().createEnum(json.textValue(), schema);
            case STRING -> json.textValue();
            case INT -> json.intValue();
            case LONG -> json.longValue();
            case BOOLEAN -> json.booleanValue();
            default -> throw new IllegalArgumentException(schema.getType().toString());
        };
    }
}
