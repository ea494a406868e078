package org.accidenthub.hub.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole audit trail, for the hub operator (domain reference §2: the admin sees configuration
 * and audit, not case content). Reading it is itself recorded.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AuditResource {

    private final AuditQueries queries;
    private final CurrentCaller caller;

    AuditResource(AuditQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search the audit trail, newest first",
            description = "Who (subject, organisation, client) did what (method, path, case, action, fields) to "
                    + "case data, when, from where, and the outcome (HTTP status).")
    @APIResponse(responseCode = "200", description = "a page of audit entries")
    @APIResponse(responseCode = "400", description = "a filter that cannot be used")
    @APIResponse(responseCode = "403", description = "not the hub operator")
    public Uni<Page<AuditEventView>> search(@QueryParam("caseId") String caseId,
            @QueryParam("subject") String subject, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        // the role alone is not enough: an admin role in a partner's token must not open the trail
        if (!caller.get().actsAs(Roles.ADMIN, OrgType.OPERATOR)) {
            throw ProblemException.forbidden("only the hub operator reads the audit trail");
        }
        return queries.search(AuditSearchParameters.parse(caseId, subject, from, to, page, size));
    }
}
