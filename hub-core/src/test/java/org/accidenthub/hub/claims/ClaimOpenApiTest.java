package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every insurer endpoint documents its request and answers with examples. */
@QuarkusTest
class ClaimOpenApiTest {

    @Test
    void every_insurer_write_has_a_request_example_and_examples_of_its_success_and_problem_answers() {
        JsonPath openApi = openApi();

        for (String write : new String[] {"policy-verifications", "liability", "offers", "payments"}) {
            String operation = "paths.'/api/v1/claims/{claimId}/" + write + "'.post";
            assertThat(examples(openApi, operation + ".requestBody.content")).as(write + " request").isNotEmpty();
            String success = write.equals("liability") ? "200" : "201";
            assertThat(examples(openApi, operation + ".responses.'" + success + "'.content")).as(write + " answer")
                    .isNotEmpty();
            assertThat(examples(openApi, operation + ".responses.'422'.content")).as(write + " problem").isNotEmpty();
        }
    }

    @Test
    void both_insurer_reads_have_answer_examples_that_the_document_holds() {
        JsonPath openApi = openApi();

        assertThat(examples(openApi, "paths.'/api/v1/claims'.get.responses.'200'.content")).isNotEmpty();
        assertThat(examples(openApi, "paths.'/api/v1/claims/{claimId}'.get.responses.'200'.content")).isNotEmpty();
        assertThat(openApi.getMap("components.examples")).containsKeys("claimPage", "claimView", "offerRequest",
                "paymentReceipt", "claimConflict");
    }

    /**
     * Every operation an insurer calls on claims (the claims API and insurer messages) shows an example of
     * its request and of every answer it documents with a body; a new endpoint or answer without one fails.
     */
    @Test
    void every_insurer_claim_endpoint_has_examples_of_its_request_and_of_every_answer() {
        JsonPath openApi = openApi();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        List<String> insurerPaths = paths.keySet().stream()
                .filter(path -> path.startsWith("/api/v1/claims") || path.startsWith("/api/v1/insurer/")).toList();
        assertThat(insurerPaths).contains("/api/v1/claims", "/api/v1/claims/{claimId}",
                "/api/v1/claims/{claimId}/offers", "/api/v1/insurer/messages");
        int checked = 0;
        for (String path : insurerPaths) {
            for (String method : paths.get(path).keySet()) {
                if (!List.of("get", "post", "put", "delete").contains(method)) {
                    continue;
                }
                String operation = "paths.'" + path + "'." + method;
                if (openApi.get(operation + ".requestBody") != null) {
                    assertThat(examples(openApi, operation + ".requestBody.content")).as(operation + " request")
                            .isNotEmpty();
                }
                Map<String, Map<String, Object>> responses = openApi.getMap(operation + ".responses");
                for (String status : responses.keySet()) {
                    if (status.equals("401") || status.equals("403") && responses.get(status).get("content") == null) {
                        continue; // no token, wrong role: what the framework adds to every secured endpoint
                    }
                    assertThat(responses.get(status).get("content")).as(operation + " " + status + " has a body")
                            .isNotNull();
                    assertThat(examples(openApi, operation + ".responses.'" + status + "'.content"))
                            .as(operation + " " + status + " example").isNotEmpty();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(25);
    }

    @Test
    void the_writes_document_the_idempotency_key_header() {
        JsonPath openApi = openApi();

        for (String write : new String[] {"policy-verifications", "liability", "offers", "payments"}) {
            List<Map<String, Object>> parameters = openApi.getList("paths.'/api/v1/claims/{claimId}/" + write
                    + "'.post.parameters");
            assertThat(parameters).as(write).anySatisfy(parameter ->
                    assertThat(parameter.get("$ref")).isEqualTo("#/components/parameters/idempotencyKey"));
        }
        assertThat(openApi.getString("components.parameters.idempotencyKey.name")).isEqualTo("Idempotency-Key");
    }

    private static JsonPath openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
    }

    /** The examples of every media type of a content map. */
    private static Map<String, Object> examples(JsonPath openApi, String content) {
        Map<String, Map<String, Object>> byMediaType = openApi.getMap(content);
        assertThat(byMediaType).as(content).isNotNull();
        Map<String, Object> examples = new HashMap<>();
        byMediaType.values().forEach(media -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> some = (Map<String, Object>) media.get("examples");
            if (some != null) {
                examples.putAll(some);
            }
        });
        return examples;
    }
}
