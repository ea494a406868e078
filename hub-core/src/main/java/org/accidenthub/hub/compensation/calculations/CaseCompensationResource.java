package org.accidenthub.hub.compensation.calculations;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.PageRequest;
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
 * The compensation of a case: calculated from the case and its stored assessments, every
 * calculation kept as a numbered version. Insurers, mediators and judges calculate; the police
 * unit that owns the case may read (domain reference §2). Outside the caller's scope: 404.
 */
@Path("/api/v1/cases/{caseId}/compensation")
@Tag(name = "Compensation")
@Produces(MediaType.APPLICATION_JSON)
public class CaseCompensationResource {

    private final CaseCalculations calculations;
    private final CurrentCaller caller;
    private final StrictJson json;

    CaseCompensationResource(CaseCalculations calculations, CurrentCaller caller, StrictJson json) {
        this.calculations = calculations;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE })
    @Operation(summary = "Calculate the compensation of the case and keep it as the next version",
            description = "Vehicles, policies, parties with shares and the accident date come from the case; the "
                    + "victims from their newest assessments. The body names only the standards to apply.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalculationRequest.class),
            examples = { @ExampleObject(name = "Henan 2025", ref = "calculationRequest"),
                    @ExampleObject(name = "shares set", ref = "calculationSharesSet") }))
    @APIResponse(responseCode = "201", description = "the calculation, kept as version N (Location)",
            content = @Content(examples = @ExampleObject(name = "version 1", ref = "calculationView")))
    @APIResponse(responseCode = "422", description = "every problem; or the missing standard, named",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "missing standard", ref = "missingStandardProblem"),
                    @ExampleObject(name = "invalid", ref = "calculationProblem") }))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<Response> calculate(@PathParam("caseId") String caseId, JsonNode body) {
        CalculationRequest request = json.read(body, CalculationRequest.class);
        UUID id = CaseIds.parse(caseId);
        return calculations.calculate(id, request, caller.get()).map(view -> Response
                .created(URI.create("/api/v1/cases/" + id + "/compensation/" + view.version())).entity(view).build());
    }

    @GET
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE })
    @Operation(summary = "List the calculation versions of the case, oldest first")
    @APIResponse(responseCode = "200", description = "a page of versions",
            content = @Content(examples = @ExampleObject(name = "two versions", ref = "calculationPage")))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<Page<CalculationSummary>> versions(@PathParam("caseId") String caseId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        BodyChecks checks = new BodyChecks();
        PageRequest request = PageRequest.parse(page, size, checks);
        if (checks.hasProblems()) {
            throw ProblemException.badRequest(checks.problems());
        }
        return calculations.versions(CaseIds.parse(caseId), scope()).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no case " + caseId);
            }
            return request.of(found);
        });
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE })
    @Operation(summary = "Read one calculation version with every line explained")
    @APIResponse(responseCode = "200", description = "the calculation",
            content = @Content(examples = @ExampleObject(name = "version 1", ref = "calculationView")))
    @APIResponse(responseCode = "404", description = "no such version, or the case is outside the caller's organisation")
    public Uni<CalculationView> version(@PathParam("caseId") String caseId, @PathParam("version") String version) {
        int number = versionNumber(version);
        return calculations.version(CaseIds.parse(caseId), number, scope()).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no calculation version " + version + " of case " + caseId);
            }
            return found;
        });
    }

    private CaseScope scope() {
        return CaseScope.of(caller.get());
    }

    /** A version that is not a positive number names nothing: 404 like any other unknown version. */
    private static int versionNumber(String version) {
        try {
            int number = Integer.parseInt(version);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException malformed) {
            // falls through
        }
        throw ProblemException.notFound("no calculation version " + version);
    }
}
