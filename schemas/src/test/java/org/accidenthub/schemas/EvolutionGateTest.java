package org.accidenthub.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.accidenthub.schemas.v1.AccidentRecord;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Proves the gate bites: variants of the frozen v1 {@code AccidentRecord}, made by editing its
 * JSON, read as the "current" schema against the untouched v1 as writer.
 */
class EvolutionGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Schema FROZEN_V1 =
            CanonicalSchemas.frozenVersions(AccidentRecord.getClassSchema().getFullName()).get(0);

    @Test
    void removingAnEnumSymbolFromAnEnumWithoutDefaultIsIncompatible() {
        ObjectNode v2 = frozenV1();
        ObjectNode procedure = (ObjectNode) field(v2, "procedure").get("type");
        removeText((ArrayNode) procedure.get("symbols"), "FAST_ONLINE");
        procedure.remove("default");

        assertIncompatible(v2, SchemaIncompatibilityType.MISSING_ENUM_SYMBOLS);
    }

    @Test
    void removingAnEnumSymbolFromAnEnumWithADefaultIsCompatible() {
        ObjectNode v2 = frozenV1();
        ObjectNode procedure = (ObjectNode) field(v2, "procedure").get("type");
        removeText((ArrayNode) procedure.get("symbols"), "FAST_ONLINE");

        assertCompatible(v2);
    }

    @Test
    void addingARequiredFieldWithoutDefaultIsIncompatible() {
        ObjectNode v2 = frozenV1();
        fields(v2).addObject().put("name", "severityScore").put("type", "int");

        assertIncompatible(v2, SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
    }

    @Test
    void changingAFieldFromStringToIntIsIncompatible() {
        ObjectNode v2 = frozenV1();
        field(v2, "narrative").put("type", "int");

        assertIncompatible(v2, SchemaIncompatibilityType.TYPE_MISMATCH);
    }

    @Test
    void renamingAFieldWithoutAliasIsIncompatible() {
        ObjectNode v2 = frozenV1();
        field(v2, "narrative").put("name", "description");

        assertIncompatible(v2, SchemaIncompatibilityType.READER_FIELD_MISSING_DEFAULT_VALUE);
    }

    @Test
    void renamingAFieldWithAnAliasIsCompatible() {
        ObjectNode v2 = frozenV1();
        ObjectNode narrative = field(v2, "narrative");
        narrative.put("name", "description");
        narrative.putArray("aliases").add("narrative");

        assertCompatible(v2);
    }

    @Test
    void addingAnOptionalFieldWithADefaultIsCompatible() {
        ObjectNode v2 = frozenV1();
        ObjectNode remark = fields(v2).addObject().put("name", "remark");
        remark.putArray("type").add("null").add("string");
        remark.putNull("default");

        assertCompatible(v2);
    }

    @Test
    void avroAloneDoesNotNoticeAChangedDecimalScale() {
        ObjectNode v2 = frozenV1WithCoverLimitScale(4);

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(parse(v2), FROZEN_V1).getType())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void gateReportsAChangedDecimalScaleWithItsPath() {
        ObjectNode v2 = frozenV1WithCoverLimitScale(4);

        assertThat(EvolutionGate.problems(parse(v2), FROZEN_V1)).containsExactly(
                "AccidentRecord/vehicles[]/policies[]/coverLimit: decimal scale changed from 2 to 4");
    }

    @Test
    void gateReportsATimestampReinterpretedAsMicroseconds() {
        ObjectNode v2 = frozenV1();
        ((ObjectNode) field(v2, "occurredAt").get("type")).put("logicalType", "timestamp-micros");

        assertThat(EvolutionGate.problems(parse(v2), FROZEN_V1)).containsExactly(
                "AccidentRecord/occurredAt: logical type changed from timestamp-millis to timestamp-micros");
    }

    private static void assertIncompatible(ObjectNode reader, SchemaIncompatibilityType expected) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(parse(reader), FROZEN_V1);

        assertThat(result.getType()).isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
        assertThat(result.getResult().getIncompatibilities())
                .extracting(Incompatibility::getType)
                .containsExactly(expected);
    }

    private static void assertCompatible(ObjectNode reader) {
        assertThat(EvolutionGate.problems(parse(reader), FROZEN_V1)).isEmpty();
    }

    private static ObjectNode frozenV1WithCoverLimitScale(int scale) {
        ObjectNode v2 = frozenV1();
        ObjectNode vehicle = (ObjectNode) field(v2, "vehicles").get("type").get("items");
        ObjectNode policy = (ObjectNode) field(vehicle, "policies").get("type").get("items");
        ObjectNode decimal = (ObjectNode) field(policy, "coverLimit").get("type").get(1);
        decimal.put("scale", scale);
        return v2;
    }

    private static ObjectNode frozenV1() {
        try {
            return (ObjectNode) JSON.readTree(FROZEN_V1.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema parse(ObjectNode schema) {
        return new Schema.Parser().parse(schema.toString());
    }

    private static ArrayNode fields(ObjectNode record) {
        return (ArrayNode) record.get("fields");
    }

    private static ObjectNode field(ObjectNode record, String name) {
        for (JsonNode field : fields(record)) {
            if (name.equals(field.get("name").asText())) {
                return (ObjectNode) field;
            }
        }
        throw new IllegalArgumentException("No field " + name + " in " + record.get("name"));
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = 0; i < array.size(); i++) {
            if (text.equals(array.get(i).asText())) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalArgumentException(text + " not in " + array);
    }
}
