package org.accidenthub.hub.confirmation;

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

/** The parties' joint application for judicial confirmation of their case's agreement. */
@Path("/api/v1/cases/{caseId}/confirmation-applications")
@Tag(name = "Judicial confirmation")
@Produces(MediaType.APPLICATION_JSON)
public class CaseConfirmationResource {

    private static final String APPLICATIONS = "/api/v1/confirmation-applications/";

    private final ConfirmationApplying applying;
    private final CurrentCaller caller;
    private final StrictJson json;

    CaseConfirmationResource(ConfirmationApplying applying, CurrentCaller caller, StrictJson json) {
        this.applying = applying;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY)
    @Operation(summary = "Apply (jointly) for judicial confirmation of the agreement in effect",
            description = "Each party applies with their own account, naming the same court; the application is "
                    + "filed when every party has, within 30 days of the agreement taking effect. Filing assigns "
                    + "one of the court's judges at random. Applying again is a retry (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConfirmationBodies.ApplicationRequest.class),
            examples = @ExampleObject(name = "to court 411702", ref = "confirmationApplicationRequest")))
    @APIResponse(responseCode = "201", description = "applied; filed once every party has",
            content = @Content(schema = @Schema(implementation = ConfirmationView.class),
                    examples = @ExampleObject(name = "filed", ref = "confirmationFiled")))
    @APIResponse(responseCode = "200", description = "the caller had applied already: the application as it is",
            content = @Content(schema = @Schema(implementation = ConfirmationView.class),
                    examples = @ExampleObject(name = "filed", ref = "confirmationFiled")))
    @APIResponse(responseCode = "404", description = "no such case, or not the caller's")
    @APIResponse(responseCode = "409", description = "too late (30 days), no agreement in effect, or another court",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "too late",
                    ref = "applicationTooLateProblem")))
    @APIResponse(responseCode = "422", description = "an unknown court (UNKNOWN_COURT)")
    public Uni<Response> apply(@PathParam("caseId") String caseId, JsonNode body) {
        ConfirmationBodies.ApplicationRequest request = json.read(body, ConfirmationBodies.ApplicationRequest.class);
        return applying.apply(CaseIds.parse(caseId), request, caller.get()).map(applied -> Response
                .status(applied.changed() ? Response.Status.CREATED : Response.Status.OK)
                .location(URI.create(APPLICATIONS + applied.application().applicationId()))
                .entity(applied.application()).build());
    }
}
