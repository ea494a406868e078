package org.accidenthub.hub.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hub's OpenAPI document as the tests read it: its endpoint groups, their operations, their examples. */
final class OpenApiDocument {

    /** The endpoint groups, by path prefix. A new endpoint under one of them is checked without a change here. */
    enum Group {
        INSURER("/api/v1/claims", "/api/v1/insurer/"),
        SPEED_TRIAL("/api/v1/speed-trial-filings", "/api/v1/cases/{caseId}/speed-trial-filings"),
        CONFIRMATION("/api/v1/confirmation-applications", "/api/v1/cases/{caseId}/confirmation-applications"),
        MEDIATION("/api/v1/mediation/", "/api/v1/cases/{caseId}/mediations"),
        ARBITRATION("/api/v1/arbitration/", "/api/v1/cases/{caseId}/arbitration-referrals");

        final List<String> prefixes;

        Group(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        boolean holds(String path) {
            return prefixes.stream().anyMatch(path::startsWith);
        }
    }

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiDocument() {
    }

    interface OperationCheck {
        void check(Group group, String operation);
    }

    /** Each operation of the groups, as the JsonPath of its object ({@code paths.'/api/…'.post}). */
    static void forEachOperation(JsonPath openApi, OperationCheck check) {
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        paths.forEach((path, item) -> {
            for (Group group : Group.values()) {
                if (group.holds(path)) {
                    item.keySet().stream().filter(METHODS::contains)
                            .forEach(method -> check.check(group, "paths.'" + path + "'." + method));
                }
            }
        });
    }

    /** The document as the hub serves it, as JSON. */
    static JsonPath fetch() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The examples of one media type, by name, their {@code $ref}s resolved to their values. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> examplesOf(JsonPath openApi, Map<String, Object> media) {
        Map<String, Object> examples = new LinkedHashMap<>();
        Map<String, Map<String, Object>> some = (Map<String, Map<String, Object>>) media.get("examples");
        if (some != null) {
            some.forEach((name, example) -> {
                Object ref = example.get("$ref");
                Map<String, Object> resolved = ref == null ? example
                        : openApi.getMap("components.examples." + ((String) ref).substring(
                                "#/components/examples/".length()));
                assertThat(resolved).as("example " + ref + " is defined").isNotNull();
                examples.put(name, resolved.get("value"));
            });
        }
        return examples;
    }
}
