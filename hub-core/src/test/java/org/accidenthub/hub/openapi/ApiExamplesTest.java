package org.accidenthub.hub.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.accidenthub.connectors.arbitration.ArbitrationAwardConnector;
import org.accidenthub.connectors.insurer.InsurerMessageConnector;
import org.accidenthub.connectors.mediation.MediationMessageConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.junit.jupiter.api.Test;

/**
 * The API document shows an example of every request and answer of the endpoint groups partners build
 * against — insurers (claims and insurer messages) and the adjudication journeys of issue 4 (speed
 * trial, judicial confirmation, mediation, arbitration) — and every example is one the endpoint would
 * take: a JSON request example holds only fields of its body class (read strictly, an unknown field is
 * 400) with values of their JSON types; a partner message example passes that partner's connector.
 */
@QuarkusTest
class ApiExamplesTest {

    /** Bodies that are partner messages (read as bytes, not as a body class): their connector checks the example. */
    private static final Map<String, BiFunction<byte[], ReadContext, Conversion<?>>> PARTNER_READERS = Map.of(
            "/api/v1/insurer/messages", new InsurerMessageConnector()::read,
            "/api/v1/mediation/messages", new MediationMessageConnector()::read,
            "/api/v1/arbitration/awards", new ArbitrationAwardConnector()::read);

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_request_and_answer_of_the_partner_groups_has_an_example() {
        JsonPath openApi = OpenApiDocument.fetch();
        List<String> missing = new ArrayList<>();
        Map<OpenApiDocument.Group, Integer> operations = new LinkedHashMap<>();
        OpenApiDocument.forEachOperation(openApi, (group, operation) -> {
            operations.merge(group, 1, Integer::sum);
            Map<String, Object> requestBody = openApi.getMap(operation + ".requestBody");
            if (requestBody != null && !binary(openApi, operation + ".requestBody.content")
                    && examples(openApi, operation + ".requestBody.content").isEmpty()) {
                missing.add(operation + " request");
            }
            Map<String, Map<String, Object>> responses = openApi.getMap(operation + ".responses");
            responses.forEach((status, response) -> {
                if (response.get("content") == null) {
                    missing.add(operation + " " + status + " (no body documented)");
                } else if (!binary(openApi, operation + ".responses.'" + status + "'.content")
                        && examples(openApi, operation + ".responses.'" + status + "'.content").isEmpty()) {
                    missing.add(operation + " " + status);
                }
            });
        });
        assertThat(missing).as("answers and requests without an example").isEmpty();
        assertThat(operations).as("operations checked per group").containsOnlyKeys(OpenApiDocument.Group.values());
        assertThat(operations.get(OpenApiDocument.Group.SPEED_TRIAL)).isEqualTo(3);
        assertThat(operations.get(OpenApiDocument.Group.CONFIRMATION)).isEqualTo(7);
        assertThat(operations.get(OpenApiDocument.Group.MEDIATION)).isEqualTo(8);
        assertThat(operations.get(OpenApiDocument.Group.ARBITRATION)).isEqualTo(3);
    }

    @Test
    void every_request_example_is_one_its_endpoint_takes() throws Exception {
        JsonPath openApi = OpenApiDocument.fetch();
        List<String> problems = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        OpenApiDocument.forEachOperation(openApi, (group, operation) -> {
            Map<String, Map<String, Object>> content = openApi.getMap(operation + ".requestBody.content");
            if (content == null) {
                return;
            }
            String path = operation.substring("paths.'".length(), operation.lastIndexOf("'."));
            content.forEach((mediaType, media) -> OpenApiDocument.examplesOf(openApi, media).forEach((name, value) -> {
                String example = operation + " request example '" + name + "'";
                checked.add(example);
                BiFunction<byte[], ReadContext, Conversion<?>> reader = PARTNER_READERS.get(path);
                if (reader != null) {
                    Conversion<?> read = reader.apply(bytes(value), receivedWhenSent(value));
                    if (!read.accepted()) {
                        problems.add(example + ": refused by the connector: " + read.errors());
                    }
                } else if (media.get("schema") == null) {
                    problems.add(example + ": the request names no body class (@Schema(implementation = …))");
                } else {
                    conform(openApi, json(value), schemaMap(media.get("schema")), "", example, problems);
                }
            }));
        });
        assertThat(problems).isEmpty();
        assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
    }

    @Test
    void the_insurer_writes_document_the_idempotency_key_header() {
        JsonPath openApi = OpenApiDocument.fetch();

        for (String write : new String[] {"policy-verifications", "liability", "offers", "payments"}) {
            List<Map<String, Object>> parameters = openApi.getList("paths.'/api/v1/claims/{claimId}/" + write
                    + "'.post.parameters");
            assertThat(parameters).as(write).anySatisfy(parameter ->
                    assertThat(parameter.get("$ref")).isEqualTo("#/components/parameters/idempotencyKey"));
        }
        assertThat(openApi.getString("components.parameters.idempotencyKey.name")).isEqualTo("Idempotency-Key");
    }

    /** The checker itself: an unknown field, a wrong JSON type and a value outside an enum are found. */
    @Test
    void the_example_check_finds_unknown_fields_wrong_types_and_values_outside_an_enum() throws Exception {
        JsonPath openApi = OpenApiDocument.fetch();
        List<String> problems = new ArrayList<>();
        Map<String, Object> referral = schemaMap(Map.of("$ref", "#/components/schemas/ReferralRequest"));

        conform(openApi, JSON.readValue("{\"commissionCode\":\"ZMD-ARB\",\"arbitrationAgreement\":{\"size\":\"big\"},"
                + "\"commission\":\"x\"}", Object.class), referral, "", "probe", problems);

        assertThat(problems).hasSize(2).anySatisfy(p -> assertThat(p).contains("/commission", "not a field"))
                .anySatisfy(p -> assertThat(p).contains("/arbitrationAgreement/size", "integer"));
    }

    // ------------------------------------------------------------------------------------------------

    /** The examples of every media type of a content map, by name, their values resolved. */
    private static Map<String, Object> examples(JsonPath openApi, String content) {
        Map<String, Map<String, Object>> byMediaType = openApi.getMap(content);
        Map<String, Object> examples = new LinkedHashMap<>();
        if (byMediaType != null) {
            byMediaType.values().forEach(media -> examples.putAll(OpenApiDocument.examplesOf(openApi, media)));
        }
        return examples;
    }

    /** A binary body (a PDF, a signed page) has no example to show: it must say it is binary. */
    private static boolean binary(JsonPath openApi, String content) {
        Map<String, Map<String, Object>> byMediaType = openApi.getMap(content);
        return byMediaType.keySet().stream().allMatch(type -> type.equals("application/pdf") || type.startsWith("image/"))
                && byMediaType.values().stream().allMatch(media -> media.get("schema") instanceof Map<?, ?> schema
                        && "binary".equals(schema.get("format")));
    }

    /**
     * Whether a JSON value fits a body class's schema as SmallRye derives it from the class: objects hold
     * only its fields, values have their JSON types, enums their symbols.
     */
    @SuppressWarnings("unchecked")
    private static void conform(JsonPath openApi, Object value, Map<String, Object> schema, String at,
            String example, List<String> problems) {
        Map<String, Object> resolved = resolve(openApi, schema);
        if (value == null || resolved.isEmpty()) {
            return;
        }
        List<String> types = types(resolved.get("type"));
        Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
        if (properties != null || types.contains("object")) {
            if (!(value instanceof Map<?, ?> object)) {
                problems.add(example + " " + at + ": expected an object");
                return;
            }
            ((Map<String, Object>) object).forEach((field, fieldValue) -> {
                Object fieldSchema = properties == null ? null : properties.get(field);
                if (fieldSchema == null) {
                    problems.add(example + " " + at + "/" + field + ": not a field of the body class");
                } else {
                    conform(openApi, fieldValue, schemaMap(fieldSchema), at + "/" + field, example, problems);
                }
            });
        } else if (types.contains("array")) {
            if (!(value instanceof List<?> items)) {
                problems.add(example + " " + at + ": expected an array");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                conform(openApi, items.get(i), schemaMap(resolved.get("items")), at + "/" + i, example, problems);
            }
        } else if (types.contains("string") && !(value instanceof String)) {
            problems.add(example + " " + at + ": expected a string");
        } else if (types.contains("integer") && !(value instanceof Integer || value instanceof Long)) {
            problems.add(example + " " + at + ": expected an integer");
        } else if (types.contains("number") && !(value instanceof Number)) {
            problems.add(example + " " + at + ": expected a number");
        } else if (types.contains("boolean") && !(value instanceof Boolean)) {
            problems.add(example + " " + at + ": expected true or false");
        } else if (resolved.get("enum") instanceof List<?> symbols && !symbols.contains(value)) {
            problems.add(example + " " + at + ": " + value + " is none of " + symbols);
        }
    }

    private static Map<String, Object> resolve(JsonPath openApi, Map<String, Object> schema) {
        Object ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        Map<String, Object> target = openApi.getMap("components.schemas." + ((String) ref).substring(
                "#/components/schemas/".length()));
        assertThat(target).as("schema " + ref + " is defined").isNotNull();
        return resolve(openApi, target);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> schemaMap(Object schema) {
        return schema instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<String> types(Object type) {
        if (type instanceof String single) {
            return List.of(single);
        }
        if (type instanceof List<?> several) {
            return several.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /** A JSON example's value: an object as given, or its text when the annotation gave it as a string. */
    private static Object json(Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        try {
            return JSON.readValue(text, Object.class);
        } catch (java.io.IOException notJson) {
            return text;
        }
    }

    private static byte[] bytes(Object value) {
        try {
            return value instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(value);
        } catch (java.io.IOException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }

    /**
     * Examples tell a story on their own dates: a message is read as received a minute after its
     * {@code sentAt} (a connector refuses what was sent in its future); without one, on the demo's day.
     */
    private static ReadContext receivedWhenSent(Object value) {
        Object json = json(value);
        if (json instanceof Map<?, ?> message && message.get("sentAt") instanceof String sentAt) {
            return new ReadContext(OffsetDateTime.parse(sentAt).toInstant().plusSeconds(60));
        }
        return new ReadContext(Instant.parse("2026-11-27T06:00:00Z"));
    }
}
