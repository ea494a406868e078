package org.accidenthub.hub.mediation;

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.mediation.MediationBodies.AgreementRequest;
import org.accidenthub.hub.mediation.MediationBodies.AssignmentRequest;
import org.accidenthub.hub.mediation.MediationBodies.FailureRequest;
import org.accidenthub.hub.mediation.MediationBodies.SessionRequest;
import org.accidenthub.hub.mediation.MediationBodies.SignatureRequest;
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
 * Mediation of a case (docs/MEDIATION-AND-CONFIRMATION.md): assignment by the police, a court or a
 * party; sessions, the agreement and its failure by the assigned organisation's mediators; signatures
 * by the parties (or recorded in person by the mediator). Outside the caller's scope: 404.
 */
@Path("/api/v1/cases/{caseId}/mediations")
@Tag(name = "Mediation")
@Produces(MediaType.APPLICATION_JSON)
public class MediationResource {

    private final MediationAssigning assigning;
    private final SessionRecording sessions;
    private final AgreementDrafting drafting;
    private final AgreementSigning signing;
    private final MediationFailing failing;
    private final MediationQueries queries;
    private final CurrentCaller caller;
    private final StrictJson json;

    MediationResource(MediationAssigning assigning, SessionRecording sessions, AgreementDrafting drafting,
            AgreementSigning signing, MediationFailing failing, MediationQueries queries, CurrentCaller caller,
            StrictJson json) {
        this.assigning = assigning;
        this.sessions = sessions;
        this.drafting = drafting;
        this.signing = signing;
        this.failing = failing;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.POLICE, Roles.JUDGE, Roles.PARTY })
    @Operation(summary = "Assign the case to a mediation organisation",
            description = "Police (own unit): POLICE_REFERRAL; a judge of a court holding the case: COURT_REFERRAL; "
                    + "a party of the case: PARTY_REQUEST. The case becomes MEDIATING.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignmentRequest.class),
            examples = @ExampleObject(name = "referral", ref = "mediationAssignmentRequest")))
    @APIResponse(responseCode = "201", description = "assigned",
            content = @Content(schema = @Schema(implementation = MediationReceipt.class),
                    examples = @ExampleObject(name = "assigned", ref = "mediationReceipt")))
    @APIResponse(responseCode = "409", description = "the case's state does not allow mediation now",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "illegal",
                    ref = "illegalTransitionProblem")))
    @APIResponse(responseCode = "422", description = "an unknown organisation (UNKNOWN_ORGANISATION)")
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<Response> assign(@PathParam("caseId") String caseId, JsonNode body) {
        AssignmentRequest request = json.read(body, AssignmentRequest.class);
        UUID id = CaseIds.parse(caseId);
        return assigning.assign(id, request, caller.get()).map(receipt -> Response
                .created(URI.create("/api/v1/cases/" + id + "/mediations/current")).entity(receipt).build());
    }

    @GET
    @Path("/current")
    @RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.PARTY })
    @Operation(summary = "Read the case's latest mediation: sessions, agreements, terms, signatures")
    @APIResponse(responseCode = "200", description = "the mediation",
            content = @Content(examples = @ExampleObject(name = "agreed", ref = "mediationView")))
    @APIResponse(responseCode = "404", description = "never mediated, no such case, or outside the caller's scope")
    public Uni<MediationView> current(@PathParam("caseId") String caseId) {
        return queries.latest(CaseIds.parse(caseId), CaseScope.of(caller.get())).map(found -> {
            if (found == null) {
                throw ProblemException.notFound("no mediation of case " + caseId);
            }
            return found;
        });
    }

    @POST
    @Path("/current/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDIATOR)
    @Operation(summary = "Record a session of the open mediation")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SessionRequest.class),
            examples = @ExampleObject(name = "session", ref = "mediationSessionRequest")))
    @APIResponse(responseCode = "201", description = "recorded",
            content = @Content(schema = @Schema(implementation = MediationView.SessionView.class),
                    examples = @ExampleObject(name = "recorded", ref = "mediationSessionView")))
    @APIResponse(responseCode = "403", description = "the case's mediation is another organisation's")
    @APIResponse(responseCode = "404", description = "no such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "no open mediation")
    @APIResponse(responseCode = "422", description = "every problem with its path")
    public Uni<Response> session(@PathParam("caseId") String caseId, JsonNode body) {
        SessionRequest request = json.read(body, SessionRequest.class);
        UUID id = CaseIds.parse(caseId);
        return sessions.record(id, request, caller.get()).map(view -> created(id, view));
    }

    @POST
    @Path("/current/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDIATOR)
    @Operation(summary = "Draft the agreement from a calculation version; supersedes an unsigned earlier draft")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AgreementRequest.class),
            examples = @ExampleObject(name = "two insurers pay P2", ref = "agreementRequest")))
    @APIResponse(responseCode = "201", description = "the draft, open for signatures",
            content = @Content(schema = @Schema(implementation = MediationView.AgreementView.class),
                    examples = @ExampleObject(name = "draft", ref = "agreementView")))
    @APIResponse(responseCode = "403", description = "the case's mediation is another organisation's")
    @APIResponse(responseCode = "404", description = "no such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "no open mediation")
    @APIResponse(responseCode = "422", description = "every problem with its path",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "invalid",
                    ref = "agreementProblem")))
    public Uni<Response> draft(@PathParam("caseId") String caseId, JsonNode body) {
        AgreementRequest request = json.read(body, AgreementRequest.class);
        UUID id = CaseIds.parse(caseId);
        return drafting.draft(id, request, caller.get()).map(view -> created(id, view));
    }

    @POST
    @Path("/current/agreements/{version}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.PARTY, Roles.MEDIATOR })
    @Operation(summary = "Sign the agreement (a party, for themselves) or record an in-person signature (mediator)",
            description = "When every party of the case has signed, the agreement takes effect and the case becomes "
                    + "AGREED. Signing again answers the signature already given (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SignatureRequest.class), examples = {
            @ExampleObject(name = "party", ref = "partySignatureRequest"),
            @ExampleObject(name = "in person", ref = "inPersonSignatureRequest") }))
    @APIResponse(responseCode = "201", description = "signed; the agreement after it",
            content = @Content(schema = @Schema(implementation = MediationView.AgreementView.class),
                    examples = @ExampleObject(name = "in effect", ref = "agreementView")))
    @APIResponse(responseCode = "200", description = "already signed by that party: the agreement as it is",
            content = @Content(schema = @Schema(implementation = MediationView.AgreementView.class),
                    examples = @ExampleObject(name = "in effect", ref = "agreementView")))
    @APIResponse(responseCode = "403", description = "not a party of the case, or signing for another party")
    @APIResponse(responseCode = "404", description = "no such case or agreement version in the caller's scope")
    @APIResponse(responseCode = "409", description = "superseded draft, or no open mediation")
    @APIResponse(responseCode = "422", description = "an unknown partyRef, or an in-person signature without its evidence")
    public Uni<Response> sign(@PathParam("caseId") String caseId, @PathParam("version") int version, JsonNode body) {
        SignatureRequest request = body == null || body.isNull() || body.isMissingNode()
                ? new SignatureRequest(null, null) : json.read(body, SignatureRequest.class);
        UUID id = CaseIds.parse(caseId);
        return signing.sign(id, version, request, caller.get()).map(signed -> Response
                .status(signed.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(signed.agreement()).build());
    }

    @POST
    @Path("/current/failure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MEDIATOR)
    @Operation(summary = "End the open mediation without agreement, with the reason")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FailureRequest.class),
            examples = @ExampleObject(name = "amount", ref = "mediationFailureRequest")))
    @APIResponse(responseCode = "200", description = "the mediation failed; the case is MEDIATION_FAILED",
            content = @Content(examples = @ExampleObject(name = "failed", ref = "mediationFailedReceipt")))
    @APIResponse(responseCode = "403", description = "the case's mediation is another organisation's")
    @APIResponse(responseCode = "404", description = "no such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "no open mediation")
    @APIResponse(responseCode = "422", description = "no or unknown reason")
    public Uni<MediationReceipt> fail(@PathParam("caseId") String caseId, JsonNode body) {
        FailureRequest request = json.read(body, FailureRequest.class);
        return failing.fail(CaseIds.parse(caseId), request, caller.get());
    }

    private static Response created(UUID caseId, Object entity) {
        return Response.created(URI.create("/api/v1/cases/" + caseId + "/mediations/current")).entity(entity).build();
    }
}
