package org.accidenthub.hub.speedtrial;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A speed-trial filing: read by the court's judges and the case's parties; judged by the assigned judge. */
@Path("/api/v1/speed-trial-filings/{filingId}")
@Tag(name = "Speed trial")
@Produces(MediaType.APPLICATION_JSON)
public class SpeedTrialResource {

    private final SpeedTrialQueries queries;
    private final SpeedTrialJudging judging;
    private final CurrentCaller caller;
    private final StrictJson json;

    SpeedTrialResource(SpeedTrialQueries queries, SpeedTrialJudging judging, CurrentCaller caller, StrictJson json) {
        this.queries = queries;
        this.judging = judging;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({ Roles.JUDGE, Roles.PARTY, Roles.MEDIATOR, Roles.POLICE, Roles.INSURER })
    @Operation(summary = "Read a filing: court, case number, judge, the 2- or 3-month deadline, the judgment")
    @APIResponse(responseCode = "200", description = "the filing",
            content = @Content(examples = @ExampleObject(name = "judged", ref = "speedTrialJudged")))
    @APIResponse(responseCode = "404", description = "no such filing, or not the caller's")
    public Uni<SpeedTrialView> read(@PathParam("filingId") String filingId) {
        return queries.find(id(filingId), caller.get()).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no filing " + filingId);
            }
            return found;
        });
    }

    @POST
    @Path("/judgment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Record the judgment: outcome and amounts per payer and payee (the assigned judge)",
            description = "The judgment is signed with the judge's name from their token (judgeName), not the account.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SpeedTrialBodies.JudgmentRequest.class),
            examples = @ExampleObject(name = "partly upheld", ref = "speedTrialJudgmentRequest")))
    @APIResponse(responseCode = "200", description = "judged; insurers' amounts are payment-due",
            content = @Content(examples = @ExampleObject(name = "judged", ref = "speedTrialJudged")))
    @APIResponse(responseCode = "403", description = "assigned to another judge of the court")
    @APIResponse(responseCode = "404", description = "no such filing at the judge's court")
    @APIResponse(responseCode = "409", description = "judged already")
    @APIResponse(responseCode = "422", description = "every problem with its path")
    public Uni<SpeedTrialView> judge(@PathParam("filingId") String filingId, JsonNode body) {
        SpeedTrialBodies.JudgmentRequest request = json.read(body, SpeedTrialBodies.JudgmentRequest.class);
        return judging.judge(id(filingId), request, caller.get(), caller.person());
    }

    private static UUID id(String filingId) {
        try {
            return UUID.fromString(filingId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("no filing " + filingId);
        }
    }
}
