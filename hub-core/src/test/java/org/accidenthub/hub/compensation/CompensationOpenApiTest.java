package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CompensationOpenApiTest {

    static final List<String> PATHS = List.of("/api/v1/regional-standards", "/api/v1/regional-standards/{province}/{year}",
            "/api/v1/regional-standards/files", "/api/v1/compulsory-insurance-limits",
            "/api/v1/cases/{caseId}/assessments", "/api/v1/cases/{caseId}/assessments/{victimRef}",
            "/api/v1/cases/{caseId}/compensation", "/api/v1/cases/{caseId}/compensation/{version}",
            "/api/v1/compensation/calculate");

    @Test
    void every_compensation_endpoint_is_documented() {
        Map<String, Object> paths = openApi().getMap("paths");

        assertThat(paths).containsKeys(PATHS.toArray(String[]::new));
    }

    @Test
    void every_example_the_compensation_endpoints_reference_exists() {
        JsonPath document = openApi();
        Map<String, Object> examples = document.getMap("components.examples");
        Matcher refs = Pattern.compile("#/components/examples/([A-Za-z]+)").matcher(
                PATHS.stream().map(path -> String.valueOf(document.getMap("paths").get(path))).reduce("", String::concat));

        int found = 0;
        while (refs.find()) {
            assertThat(examples).containsKey(refs.group(1));
            found++;
        }
        assertThat(found).isGreaterThanOrEqualTo(20);
    }

    private static JsonPath openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }
}
