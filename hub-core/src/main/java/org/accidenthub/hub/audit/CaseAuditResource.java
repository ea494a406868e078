package org.accidenthub.hub.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Who accessed a case, for the police unit that owns it: the unit answers for the personal data
 * it submitted (Personal Information Protection Law), so it sees every access, by any partner.
 */
@Path("/api/v1/cases/{caseId}/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.POLICE)
public class CaseAuditResource {

    private final AuditQueries queries;
    private final CurrentCaller caller;

    CaseAuditResource(AuditQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The audit trail of one case, newest first",
            description = "Other organisations' accesses show the organisation and client, not the person or address.")
    @APIResponse(responseCode = "200", description = "a page of audit entries")
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's unit")
    public Uni<Page<AuditEventView>> list(@PathParam("caseId") String caseId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Caller current = caller.get();
        return queries.ofCase(CaseIds.parse(caseId), CaseScope.of(current), AuditSearchParameters.parsePaging(page, size))
                .map(found -> {
                    if (found == null) {
                        throw ProblemException.notFound("no such case");
                    }
                    return new Page<>(found.items().stream()
                            .map(view -> view.forOwnerOf(current.orgType().name(), current.orgCode())).toList(),
                            found.page(), found.size(), found.total());
                });
    }
}
