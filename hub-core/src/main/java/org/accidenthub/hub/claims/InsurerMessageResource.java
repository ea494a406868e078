package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accidenthub.connectors.insurer.InsurerMessageConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.hub.idempotency.Answer;
import org.accidenthub.hub.idempotency.IdempotentWrites;
import org.accidenthub.hub.problems.PartnerMessages;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.apache.avro.specific.SpecificRecordBase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Insurer messages in the insurer's own format (docs/formats/insurer-claim-messages.md): read by the
 * insurer connector, applied by the claims services, consumed once per messageId.
 */
@Path(InsurerMessageResource.PATH)
@Tag(name = "Claims")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INSURER)
public class InsurerMessageResource {

    static final String PATH = "/api/v1/insurer/messages";
    private static final String PROBLEM = "application/problem+json";
    private static final InsurerMessageConnector CONNECTOR = new InsurerMessageConnector();

    private final InsurerMessageApplying applying;
    private final IdempotentWrites writes;
    private final HubTime clock;
    private final CurrentCaller caller;

    InsurerMessageResource(InsurerMessageApplying applying, IdempotentWrites writes, HubTime clock,
            CurrentCaller caller) {
        this.applying = applying;
        this.writes = writes;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send a claim message in the insurer format: LIABILITY_RESPONSE, OFFER or PAYMENT_CONFIRMATION",
            description = "The messageId is unique per sender: a resend with the same messageId and the same message "
                    + "answers as the first did and changes nothing; the same messageId with another message is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "liability admitted", ref = "insurerLiabilityMessage"),
            @ExampleObject(name = "offer", ref = "insurerOfferMessage"),
            @ExampleObject(name = "payment confirmation", ref = "insurerPaymentMessage") }))
    @APIResponse(responseCode = "200", description = "applied (or a resend of a message applied before)",
            content = @Content(examples = @ExampleObject(name = "offer applied", ref = "insurerMessageReceipt")))
    @APIResponse(responseCode = "403", description = "insurerCode is not the token's organisation",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "another insurer's name",
                    ref = "insurerMessageForbidden")))
    @APIResponse(responseCode = "404", description = "no such claim, or addressed to another insurer",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not the caller's",
                    ref = "claimNotFound")))
    @APIResponse(responseCode = "409", description = "not allowed in the claim's state, or the messageId was used "
            + "for another message", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
                    name = "messageId reused", ref = "insurerMessageConflict")))
    @APIResponse(responseCode = "413", description = "over 64 KiB",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "too large",
                    ref = "insurerMessageTooLarge")))
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer into the message",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid",
                    ref = "insurerMessageProblem")))
    public Uni<Response> receive(byte[] body) {
        Caller sender = caller.get();
        Conversion<SpecificRecordBase> read = PartnerMessages.read(CONNECTOR, body,
                InsurerMessageConnector.MAX_MESSAGE_BYTES, "an insurer message", clock.now());
        SpecificRecordBase message = read.requireRecord();
        String insurerCode = field(message, "insurerCode");
        if (sender.orgType() != OrgType.INSURER || !insurerCode.equals(sender.orgCode())) {
            throw ProblemException.forbidden("insurerCode " + insurerCode + " is not the caller's organisation");
        }
        return writes.once(sender, IdempotentWrites.INSURER_MESSAGE, field(message, "messageId"), "POST", PATH, body,
                () -> applying.apply(message, read.warnings(), sender).map(Answer::ok));
    }

    private static String field(SpecificRecordBase message, String name) {
        if (message instanceof LiabilityResponse || message instanceof ClaimOffer
                || message instanceof PaymentConfirmation) {
            return String.valueOf(message.get(message.getSchema().getField(name).pos()));
        }
        throw new IllegalStateException("the connector reads only inbound messages");
    }
}
