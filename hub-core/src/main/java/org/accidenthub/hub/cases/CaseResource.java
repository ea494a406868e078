package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.accidenthub.hub.privacy.Disclosure;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The shared record of each accident, as far as the caller's organisation may see it. */
@Path("/api/v1/cases")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.ARBITRATOR, Roles.PARTY })
public class CaseResource {

    private final CaseQueries queries;
    private final CurrentCaller caller;

    CaseResource(CaseQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Search the cases the caller may see",
            description = "idNumber and phone find the cases where a party has that ID number or phone number"
                    + " (matched through keyed hashes; the stored values are encrypted).")
    @APIResponse(responseCode = "200", description = "a page of cases",
            content = @Content(examples = @ExampleObject(name = "page", ref = "casePage")))
    @APIResponse(responseCode = "400", description = "a filter that cannot be used")
    public Uni<Page<CaseSummary>> search(@QueryParam("plate") String plate,
            @QueryParam("reportNumber") String reportNumber, @QueryParam("idNumber") String idNumber,
            @QueryParam("phone") String phone, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        CaseSearch search = CaseSearchParameters.parse(plate, reportNumber, idNumber, phone, from, to, page, size);
        return queries.search(search, scope());
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "Read a case: state, parties, vehicles, policies, finding with shares, attachments")
    @APIResponse(responseCode = "200", description = "the case",
            content = @Content(examples = @ExampleObject(name = "case", ref = "caseView")))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<CaseView> read(@PathParam("caseId") String caseId) {
        return queries.find(CaseIds.parse(caseId), scope(), disclosure()).map(CaseResource::orNotFound);
    }

    @GET
    @Path("/{caseId}/revisions")
    @Operation(summary = "List the revisions of a case, oldest first")
    public Uni<Page<RevisionView>> revisions(@PathParam("caseId") String caseId) {
        return queries.revisions(CaseIds.parse(caseId), scope()).map(CaseResource::orNotFound)
                .map(revisions -> new Page<>(revisions, 0, revisions.size(), revisions.size()));
    }

    @GET
    @Path("/{caseId}/revisions/{revision}")
    @Operation(summary = "Read one revision with the canonical record as it was received")
    public Uni<RevisionView> revision(@PathParam("caseId") String caseId, @PathParam("revision") int revision) {
        return queries.revision(CaseIds.parse(caseId), revision, scope(), disclosure())
                .map(CaseResource::orNotFound);
    }

    private CaseScope scope() {
        return CaseScope.of(caller.get());
    }

    /** Parties' ID numbers, phones and addresses in full or masked, by role (docs/SECURITY.md). */
    private Disclosure disclosure() {
        return Disclosure.of(caller.get());
    }

    private static <T> T orNotFound(T found) {
        return Optional.ofNullable(found).orElseThrow(() -> ProblemException.notFound("no such case"));
    }
}
