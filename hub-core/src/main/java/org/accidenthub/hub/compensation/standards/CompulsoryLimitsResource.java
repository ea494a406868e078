package org.accidenthub.hub.compensation.standards;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The compulsory-insurance limits the calculator applies, read-only: they change only with a reform. */
@Path("/api/v1/compulsory-insurance-limits")
@Tag(name = "Compensation")
@Produces(MediaType.APPLICATION_JSON)
public class CompulsoryLimitsResource {

    private final CompulsoryInsuranceLimits limits;

    CompulsoryLimitsResource(CompulsoryInsuranceLimits limits) {
        this.limits = limits;
    }

    @GET
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY,
            Roles.ADMIN })
    @Operation(summary = "The compulsory-insurance limits by effective date, oldest first",
            description = "An accident gets the set with the latest effective date on or before the accident date.")
    @APIResponse(responseCode = "200", description = "every set of limits",
            content = @Content(examples = @ExampleObject(name = "shipped", ref = "compulsoryLimitsPage")))
    public Page<CompulsoryLimitsView> list() {
        List<CompulsoryLimitsView> sets = limits.sets().stream().map(CompulsoryLimitsView::of).toList();
        return new Page<>(sets, 0, sets.size(), sets.size());
    }
}
