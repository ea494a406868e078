package org.accidenthub.hub.arbitration;

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
import org.accidenthub.connectors.arbitration.ArbitrationXml;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A party refers the case to an arbitration commission; the commission's arbitrators fetch the referral as XML. */
@Path("/api/v1/cases/{caseId}/arbitration-referrals")
@Tag(name = "Arbitration")
public class CaseArbitrationResource {

    private final ArbitrationReferrals referrals;
    private final CurrentCaller caller;
    private final StrictJson json;

    CaseArbitrationResource(ArbitrationReferrals referrals, CurrentCaller caller, StrictJson json) {
        this.referrals = referrals;
        this.caller = caller;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARTY)
    @Operation(summary = "Refer the case to an arbitration commission; the hub assembles the referral",
            description = "A party of the case (arbitration rests on the parties' agreement, Arbitration Law art. 4) "
                    + "names the commission and gives the written arbitration agreement by hash (art. 16). Allowed "
                    + "when the case is MEDIATION_FAILED or AGREED; the case becomes ARBITRATION_REFERRED and the "
                    + "commission's arbitrators see it.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArbitrationBodies.ReferralRequest.class),
            examples = @ExampleObject(name = "referral", ref = "arbitrationReferralRequest")))
    @APIResponse(responseCode = "201", description = "referred; commissionName is the register's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArbitrationView.class),
                    examples = @ExampleObject(name = "referred", ref = "arbitrationReferred")))
    @APIResponse(responseCode = "403", description = "the caller is not a party of the case")
    @APIResponse(responseCode = "404", description = "no such case in the caller's scope")
    @APIResponse(responseCode = "409", description = "the case's state does not allow a referral",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "illegal",
                    ref = "illegalTransitionProblem")))
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer; UNKNOWN_COMMISSION for a "
            + "commission not in the register (hub.arbitration.commissions)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(
                    name = "unknown commission", ref = "unknownCommissionProblem")))
    public Uni<Response> refer(@PathParam("caseId") String caseId, JsonNode body) {
        ArbitrationBodies.ReferralRequest request = json.read(body, ArbitrationBodies.ReferralRequest.class);
        return referrals.refer(CaseIds.parse(caseId), request, caller.get()).map(view -> Response
                .created(URI.create("/api/v1/cases/" + view.caseId() + "/arbitration-referrals/current/referral.xml"))
                .entity(view).build());
    }

    @GET
    @Path("/current/referral.xml")
    @Produces(ArbitrationXml.MEDIA_TYPE)
    @RolesAllowed({ Roles.ARBITRATOR, Roles.PARTY })
    @Operation(summary = "The case's referral in the commission's XML format (docs/formats/arbitration-messages.md)",
            description = "For the arbitrators of the commission referred to, and the case's parties. The same "
                    + "referral always gives the same bytes.")
    @APIResponse(responseCode = "200", description = "the referral",
            content = @Content(mediaType = ArbitrationXml.MEDIA_TYPE, examples = @ExampleObject(name = "referral",
                    ref = "arbitrationReferralXml")))
    @APIResponse(responseCode = "404", description = "no referral, or the case is not in the caller's scope")
    public Uni<Response> referralXml(@PathParam("caseId") String caseId) {
        return referrals.currentXml(CaseIds.parse(caseId), caller.get())
                .map(xml -> Response.ok(xml, ArbitrationXml.MEDIA_TYPE + "; charset=UTF-8").build());
    }
}
