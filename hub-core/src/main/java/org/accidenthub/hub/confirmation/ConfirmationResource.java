package org.accidenthub.hub.confirmation;

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
import java.util.UUID;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.PageRequest;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Judicial confirmation (docs/MEDIATION-AND-CONFIRMATION.md) after the parties' joint application
 * ({@link CaseConfirmationResource}): the assigned judge's acceptance, extension and ruling. A judge sees only the applications filed at their
 * court (another court's: 404); only the assigned judge acts on one (another judge of the court: 403).
 */
@Path("/api/v1/confirmation-applications")
@Tag(name = "Judicial confirmation")
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

    private final AcceptanceDeciding accepting;
    private final RulingExtending extending;
    private final RulingRecording ruling;
    private final ConfirmationQueries queries;
    private final RulingDocuments documents;
    private final CurrentCaller caller;
    private final StrictJson json;

    ConfirmationResource(AcceptanceDeciding accepting, RulingExtending extending,
            RulingRecording ruling, ConfirmationQueries queries, RulingDocuments documents, CurrentCaller caller, StrictJson json) {
        this.accepting = accepting;
        this.extending = extending;
        this.ruling = ruling;
        this.queries = queries;
        this.documents = documents;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({ Roles.JUDGE, Roles.PARTY, Roles.MEDIATOR, Roles.POLICE, Roles.INSURER })
    @Operation(summary = "List applications: a judge's court's, or those of the caller's cases",
            description = "overdue=true: acceptance or ruling past its due time and still open.")
    @APIResponse(responseCode = "200", description = "a page of applications",
            content = @Content(examples = @ExampleObject(name = "one case's", ref = "confirmationPage")))
    @APIResponse(responseCode = "400", description = "a filter or page that cannot be used")
    public Uni<Page<ConfirmationView>> list(@QueryParam("caseId") String caseId, @QueryParam("overdue") String overdue,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        BodyChecks checks = new BodyChecks();
        PageRequest request = PageRequest.parse(page, size, checks);
        Boolean onlyOverdue = null;
        if (overdue != null) {
            if (!overdue.equals("true") && !overdue.equals("false")) {
                checks.add("/overdue", "NOT_ALLOWED_VALUE", "true or false");
            }
            onlyOverdue = Boolean.parseBoolean(overdue);
        }
        UUID id = null;
        if (caseId != null) {
            try {
                id = UUID.fromString(caseId);
            } catch (IllegalArgumentException malformed) {
                checks.add("/caseId", "INVALID_ID", "a case id is a UUID");
            }
        }
        if (checks.hasProblems()) {
            throw ProblemException.badRequest(checks.problems());
        }
        return queries.page(id, onlyOverdue, request.page(), request.size(), caller.get());
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({ Roles.JUDGE, Roles.PARTY, Roles.MEDIATOR, Roles.POLICE, Roles.INSURER })
    @Operation(summary = "Read an application with its deadlines and ruling")
    @APIResponse(responseCode = "200", description = "the application",
            content = @Content(examples = @ExampleObject(name = "confirmed", ref = "confirmationView")))
    @APIResponse(responseCode = "404", description = "no such application, or not the caller's")
    public Uni<ConfirmationView> read(@PathParam("applicationId") String applicationId) {
        return queries.find(id(applicationId), caller.get()).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no application " + applicationId);
            }
            return found;
        });
    }

    @POST
    @Path("/{applicationId}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Accept the application (ruling due in 15 days) or refuse it with a reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConfirmationBodies.AcceptanceRequest.class),
            examples = @ExampleObject(name = "accept", ref = "acceptanceRequest")))
    @APIResponse(responseCode = "200", description = "decided; judgeName is the name from the judge's token",
            content = @Content(examples = @ExampleObject(name = "accepted", ref = "confirmationAccepted")))
    @APIResponse(responseCode = "403", description = "assigned to another judge of the court")
    @APIResponse(responseCode = "404", description = "no such application at the judge's court")
    @APIResponse(responseCode = "409", description = "decided already")
    @APIResponse(responseCode = "422", description = "no decision, or NOT_ACCEPTED without a reason")
    public Uni<ConfirmationView> accept(@PathParam("applicationId") String applicationId, JsonNode body) {
        ConfirmationBodies.AcceptanceRequest request = json.read(body, ConfirmationBodies.AcceptanceRequest.class);
        return accepting.decide(id(applicationId), request, caller.get(), caller.person());
    }

    @POST
    @Path("/{applicationId}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Extend the ruling deadline by 10 days, once, with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConfirmationBodies.ExtensionRequest.class),
            examples = @ExampleObject(name = "extend", ref = "extensionRequest")))
    @APIResponse(responseCode = "200", description = "extended",
            content = @Content(examples = @ExampleObject(name = "extended", ref = "confirmationExtended")))
    @APIResponse(responseCode = "403", description = "assigned to another judge of the court")
    @APIResponse(responseCode = "404", description = "no such application at the judge's court")
    @APIResponse(responseCode = "422", description = "no reason")
    @APIResponse(responseCode = "409", description = "extended already, or the deadline passed",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "second extension",
                    ref = "secondExtensionProblem")))
    public Uni<ConfirmationView> extend(@PathParam("applicationId") String applicationId, JsonNode body) {
        ConfirmationBodies.ExtensionRequest request = json.read(body, ConfirmationBodies.ExtensionRequest.class);
        return extending.extend(id(applicationId), request, caller.get(), caller.person());
    }

    @POST
    @Path("/{applicationId}/ruling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Rule: CONFIRMED (enforceable; insurers' terms become payment-due) or REJECTED with reasons",
            description = "The ruling takes the court's next special-procedure case number, e.g. (2026)豫1702民特123号, "
                    + "and is signed with the judge's name from their token (judgeName), not the account.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConfirmationBodies.RulingRequest.class), examples = {
            @ExampleObject(name = "confirm", ref = "rulingConfirmedRequest"),
            @ExampleObject(name = "reject", ref = "rulingRejectedRequest") }))
    @APIResponse(responseCode = "200", description = "ruled, with the case number",
            content = @Content(examples = @ExampleObject(name = "confirmed", ref = "confirmationView")))
    @APIResponse(responseCode = "403", description = "assigned to another judge of the court")
    @APIResponse(responseCode = "404", description = "no such application at the judge's court")
    @APIResponse(responseCode = "409", description = "not accepted yet, or ruled already")
    @APIResponse(responseCode = "422", description = "no outcome, or a rejection without reasons")
    public Uni<ConfirmationView> rule(@PathParam("applicationId") String applicationId, JsonNode body) {
        ConfirmationBodies.RulingRequest request = json.read(body, ConfirmationBodies.RulingRequest.class);
        return ruling.rule(id(applicationId), request, caller.get(), caller.person());
    }

    @GET
    @Path("/{applicationId}/ruling.pdf")
    @Produces({ "application/pdf", "application/problem+json" })
    @RolesAllowed({ Roles.JUDGE, Roles.PARTY })
    @Operation(summary = "Download the ruling (民事裁定书) as PDF: the court's judges and the case's parties")
    @APIResponse(responseCode = "200", description = "the PDF, Chinese font embedded, signed with the judge's name",
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "no such application, not the caller's, or not ruled yet")
    public Uni<Response> rulingPdf(@PathParam("applicationId") String applicationId) {
        return queries.row(id(applicationId), caller.get()).chain(row -> {
            if (row == null || row.caseNumber == null) {
                throw ProblemException.notFound("no ruling of application " + applicationId);
            }
            return documents.pdf(row).map(pdf -> Response.ok(pdf, "application/pdf")
                    .header("Content-Disposition", "attachment; filename=\"ruling-" + row.id + ".pdf\"")
                    .build());
        });
    }

    /** A malformed id names no application: 404 like any other unknown id. */
    static UUID id(String applicationId) {
        try {
            return UUID.fromString(applicationId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("no application " + applicationId);
        }
    }
}
