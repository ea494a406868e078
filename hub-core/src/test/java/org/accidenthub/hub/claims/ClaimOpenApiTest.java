package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
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
