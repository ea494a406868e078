package org.accidenthub.hub.problems;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;

/**
 * Every error answer of the API is an RFC 9457 problem ({@link ProblemMappers}), so a resource need not
 * say so on each {@code @APIResponse}: an error status documented without a body gets
 * {@code application/problem+json}, and a problem body without an example gets the general example of
 * its status (components.examples in META-INF/openapi.yaml). An operation's own examples stay as they
 * are; only what is missing is added. A resource thus declares an error answer in one line:
 * {@code @APIResponse(responseCode = "404", description = "no such filing, or not the caller's")}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = Integer.MIN_VALUE)
public class ProblemAnswerExamples implements OASFilter {

    /** Status → the general example of its problem, one per status the hub answers with. */
    static final Map<String, String> EXAMPLES = Map.of(
            "400", "badRequestProblem",
            "401", "unauthorizedProblem",
            "403", "forbiddenProblem",
            "404", "notFoundProblem",
            "409", "conflictProblem",
            "411", "lengthRequiredProblem",
            "413", "tooLargeProblem",
            "415", "unsupportedMediaTypeProblem",
            "422", "invalidRequestProblem");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                .forEach(ProblemAnswerExamples::complete));
    }

    private static void complete(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            String example = EXAMPLES.get(status);
            if (example == null || response.getRef() != null) {
                return;
            }
            Content content = response.getContent();
            if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
                response.setContent(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE, problem(example)));
                return;
            }
            MediaType problem = content.getMediaType(ProblemDetail.MEDIA_TYPE);
            if (problem != null && (problem.getExamples() == null || problem.getExamples().isEmpty())
                    && problem.getExample() == null) {
                problem.addExample(example, OASFactory.createExample().ref(example));
            }
        });
    }

    private static MediaType problem(String example) {
        return OASFactory.createMediaType().addExample(example, OASFactory.createExample().ref(example));
    }
}
