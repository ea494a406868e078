package org.accidenthub.hub.compensation.calculations;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calculator without a case, for what-if questions: any hub role may ask, since the arithmetic
 * is public law and the request carries all its data. Nothing is stored and no event is written.
 */
@Path("/api/v1/compensation/calculate")
@Tag(name = "Compensation")
@Produces(MediaType.APPLICATION_JSON)
public class WhatIfResource {

    private final WhatIfCalculations calculations;
    private final StrictJson json;

    WhatIfResource(WhatIfCalculations calculations, StrictJson json) {
        this.calculations = calculations;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY,
            Roles.ADMIN })
    @Operation(summary = "Calculate compensation for an accident described in the request (nothing is stored)",
            description = "Standards: `standards` in the body, or else the stored regional standards of the "
                    + "province and year.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WhatIfRequest.class),
            examples = @ExampleObject(name = "the example accident", ref = "whatIfRequest")))
    @APIResponse(responseCode = "200", description = "the calculation",
            content = @Content(examples = @ExampleObject(name = "result", ref = "whatIfView")))
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer; or the missing standard",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "invalid", ref = "whatIfProblem")))
    public Uni<CalculationView> calculate(JsonNode body) {
        return calculations.calculate(json.read(body, WhatIfRequest.class));
    }
}
