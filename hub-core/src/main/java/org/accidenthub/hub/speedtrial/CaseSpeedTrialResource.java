package org.accidenthub.hub.speedtrial;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A party files their case for a speed trial after mediation failed or confirmation was rejected. */
@Path("/api/v1/cases/{caseId}/speed-trial-filings")
@Tag(name = "Speed trial")
@Produces(MediaType.APPLICATION_JSON)
public class CaseSpeedTrialResource {

    private final SpeedTrialFilings filings;
    private final CurrentCaller caller;
    private final StrictJson json;

    CaseSpeedTrialResource(SpeedTrialFilings filings, CurrentCaller caller, StrictJson json) {
        this.filings = filings;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY)
    @Operation(summary = "File the case for a speed trial; the hub assembles the filing package",
            description = "Allowed when the case is MEDIATION_FAILED or CONFIRMATION_REJECTED. The package carries the "
                    + "accident record, finding, newest calculation, evidence list and mediation record.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpeedTrialBodies.FilingRequest.class),
            examples = @ExampleObject(name = "small claim", ref = "speedTrialFilingRequest")))
    @APIResponse(responseCode = "201", description = "filed, with the court case number and the judgment deadline",
            content = @Content(schema = @Schema(implementation = SpeedTrialView.class),
                    examples = @ExampleObject(name = "filed", ref = "speedTrialFiled")))
    @APIResponse(responseCode = "404", description = "no such case, or not the caller's")
    @APIResponse(responseCode = "409", description = "the case's state does not allow a filing",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "illegal",
                    ref = "illegalTransitionProblem")))
    @APIResponse(responseCode = "422", description = "unknown court or procedure")
    public Uni<Response> file(@PathParam("caseId") String caseId, JsonNode body) {
        SpeedTrialBodies.FilingRequest request = json.read(body, SpeedTrialBodies.FilingRequest.class);
        return filings.file(CaseIds.parse(caseId), request, caller.get()).map(view -> Response
                .created(URI.create("/api/v1/speed-trial-filings/" + view.filingId())).entity(view).build());
    }
}
