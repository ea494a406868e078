package org.accidenthub.hub.arbitration;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accidenthub.connectors.arbitration.ArbitrationXml;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A commission's award (裁决书) in the arbitration XML format. */
@Path("/api/v1/arbitration/awards")
@Tag(name = "Arbitration")
@Produces(MediaType.APPLICATION_JSON)
public class ArbitrationAwardResource {

    private static final String AWARD_EXAMPLE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\">\n"
            + "  <messageId>ZMDAC-2026-000458</messageId>\n"
            + "  <referralId>6f1c2b7e-3d4a-4e5f-9a8b-7c6d5e4f3a21</referralId>\n"
            + "  <caseId>0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b</caseId>\n"
            + "  <commissionCode>ZMD-ARB</commissionCode>\n"
            + "  <awardNumber>驻仲裁字〔2026〕第12号</awardNumber>\n"
            + "  <arbitrators><arbitrator>王磊</arbitrator></arbitrators>\n"
            + "  <outcome>PARTLY_AWARDED</outcome>\n"
            + "  <awardedAt>2026-10-20T10:00:00+08:00</awardedAt>\n"
            + "  <payments><payment>\n"
            + "    <payer><kind>INSURER</kind><insurerCode>PICC</insurerCode><name>PICC</name></payer>\n"
            + "    <payee><kind>PARTY</kind><partyRef>P2</partyRef><name>李娜</name></payee>\n"
            + "    <amount>112000</amount>\n"
            + "  </payment></payments>\n"
            + "</award>\n";

    private final ArbitrationAwards awards;
    private final CurrentCaller caller;

    ArbitrationAwardResource(ArbitrationAwards awards, CurrentCaller caller) {
        this.awards = awards;
        this.caller = caller;
    }

    @POST
    @Consumes({ ArbitrationXml.MEDIA_TYPE, MediaType.TEXT_XML })
    @RolesAllowed(Roles.ARBITRATOR)
    @Operation(summary = "Send the commission's award on a referral to it",
            description = "Read by the hardened award reader (no DTD, no entities, caps on size, depth and count). "
                    + "Any problem: nothing is stored and every problem is listed with its path — 413 over 256 KiB, "
                    + "400 for bytes that are not well-formed UTF-8 XML 1.0, 422 otherwise. The case becomes "
                    + "AWARDED; insurers' amounts to victims become payment-due on their claims and the case PAYING "
                    + "(an award ordering no payment closes it). A resend with the same messageId answers 200 and "
                    + "changes nothing.")
    @RequestBody(content = @Content(mediaType = ArbitrationXml.MEDIA_TYPE,
            examples = @ExampleObject(name = "award", value = AWARD_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "stored; the award with its amounts",
            content = @Content(schema = @Schema(implementation = ArbitrationView.class),
                    examples = @ExampleObject(name = "awarded", ref = "arbitrationAwarded")))
    @APIResponse(responseCode = "200", description = "a resend of an award stored before; nothing changed",
            content = @Content(schema = @Schema(implementation = ArbitrationView.class),
                    examples = @ExampleObject(name = "awarded", ref = "arbitrationAwarded")))
    @APIResponse(responseCode = "400", description = "not well-formed UTF-8 XML 1.0")
    @APIResponse(responseCode = "403", description = "commissionCode is not the caller's commission")
    @APIResponse(responseCode = "404", description = "no referral with that id to the caller's commission")
    @APIResponse(responseCode = "409", description = "the referral was awarded already, or the messageId was used")
    @APIResponse(responseCode = "413", description = "over 262,144 bytes (MESSAGE_TOO_LARGE)")
    @APIResponse(responseCode = "422", description = "every problem with its path into the award",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples = @ExampleObject(name = "DOCTYPE",
                    ref = "awardDoctypeProblem")))
    public Uni<Response> receive(byte[] body) {
        return awards.receive(body, caller.get())
                .map(received -> Response.status(received.created() ? 201 : 200).entity(received.view()).build());
    }
}
