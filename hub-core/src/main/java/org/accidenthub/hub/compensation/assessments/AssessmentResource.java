package org.accidenthub.hub.compensation.assessments;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Victims' loss assessments, entered by the organisations that work out compensation: the insurers
 * of the case and — once their journeys assign cases to them — mediators and judges
 * (domain reference §2). Scoped like the case itself: outside the scope, 404.
 */
@Path("/api/v1/cases/{caseId}/assessments")
@Tag(name = "Compensation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE })
public class AssessmentResource {

    private final CaseAssessments assessments;
    private final CurrentCaller caller;
    private final StrictJson json;

    AssessmentResource(CaseAssessments assessments, CurrentCaller caller, StrictJson json) {
        this.assessments = assessments;
        this.caller = caller;
        this.json = json;
    }

    @PUT
    @Path("/{victimRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a victim's loss assessment (every item of SPC arts. 6-17 with its inputs)",
            description = "The victim is a party of the case; its role and vehicle come from the case. Each change "
                    + "is a new numbered version (201 for the first, 200 after); an identical resend changes nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssessmentBody.class),
            examples = @ExampleObject(name = "injured driver, grade 9", ref = "assessmentBody")))
    @APIResponse(responseCode = "201", description = "the victim's first assessment",
            content = @Content(examples = @ExampleObject(name = "version 1", ref = "assessmentView")))
    @APIResponse(responseCode = "200", description = "a new version, or an identical resend (same version)")
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", ref = "assessmentProblem")))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<Response> enter(@PathParam("caseId") String caseId, @PathParam("victimRef") String victimRef,
            JsonNode body) {
        AssessmentBody assessment = json.read(body, AssessmentBody.class);
        return assessments.record(CaseIds.parse(caseId), victimRef, assessment, caller.get()).map(recorded ->
                recorded.outcome() == CaseAssessments.Outcome.CREATED
                        ? Response.created(URI.create("/api/v1/cases/" + caseId + "/assessments/" + victimRef))
                                .entity(recorded.view()).build()
                        : Response.ok(recorded.view()).build());
    }

    @GET
    @Operation(summary = "The newest assessment of every victim of the case")
    @APIResponse(responseCode = "200", description = "the assessments calculations use",
            content = @Content(examples = @ExampleObject(name = "one victim", ref = "assessmentPage")))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<Page<AssessmentView>> list(@PathParam("caseId") String caseId) {
        return assessments.current(CaseIds.parse(caseId), CaseScope.of(caller.get())).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no case " + caseId);
            }
            return new Page<>(found, 0, found.size(), found.size());
        });
    }

    @GET
    @Path("/{victimRef}")
    @Operation(summary = "The newest assessment of one victim")
    @APIResponse(responseCode = "200", description = "the assessment",
            content = @Content(examples = @ExampleObject(name = "version 1", ref = "assessmentView")))
    @APIResponse(responseCode = "404", description = "no assessment of that victim, no such case, or outside the scope")
    public Uni<AssessmentView> read(@PathParam("caseId") String caseId, @PathParam("victimRef") String victimRef) {
        return assessments.current(CaseIds.parse(caseId), CaseScope.of(caller.get())).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no case " + caseId);
            }
            return found.stream().filter(view -> view.victimRef().equals(victimRef)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("no assessment of victim " + victimRef));
        });
    }
}
