package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The claims of a case, read-only, for the police unit that owns it. */
@Path("/api/v1/cases/{caseId}/claims")
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.POLICE)
public class CaseClaimsResource {

    private final ClaimQueries queries;
    private final BreachDetection breaches;
    private final CurrentCaller caller;

    CaseClaimsResource(ClaimQueries queries, BreachDetection breaches, CurrentCaller caller) {
        this.queries = queries;
        this.breaches = breaches;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The claims of a case: who claims from which insurer, and where each stands")
    @APIResponse(responseCode = "200", description = "every claim of the case, as a page")
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's unit")
    public Uni<Page<ClaimView>> list(@PathParam("caseId") String caseId) {
        UUID id = CaseIds.parse(caseId);
        Caller current = caller.get();
        ClaimScope scope = ClaimScope.of(current);
        return breaches.detect(scope, id)
                .chain(() -> queries.ofCase(id, CaseScope.of(current), scope))
                .map(claims -> {
                    if (claims == null) {
                        throw ProblemException.notFound("no such case");
                    }
                    return new Page<>(claims, 0, claims.size(), claims.size());
                });
    }
}
