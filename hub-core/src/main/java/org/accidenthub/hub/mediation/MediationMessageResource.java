package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.accidenthub.connectors.mediation.MediationFormat;
import org.accidenthub.connectors.mediation.MediationMessageConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.idempotency.Answer;
import org.accidenthub.hub.idempotency.IdempotentWrites;
import org.accidenthub.hub.problems.PartnerMessages;
import org.accidenthub.hub.problems.ProblemDetail;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationSession;
import org.accidenthub.schemas.v1.Mediator;
import org.apache.avro.specific.SpecificRecord;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Messages a mediation organisation's own platform pushes (docs/formats/mediation-messages.md): read
 * by the mediation connector, applied by the mediator API's services, consumed once per messageId.
 * Modelled on the insurer messages (claims/InsurerMessageResource).
 */
@Path(MediationMessageResource.PATH)
@Tag(name = "Mediation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MEDIATOR)
public class MediationMessageResource {

    static final String PATH = "/api/v1/mediation/messages";
    private static final MediationMessageConnector CONNECTOR = new MediationMessageConnector();

    private static final String SESSION_EXAMPLE = """
            {"formatVersion":"1.0","type":"SESSION","messageId":"tj-zmd-20261012-0001",
             "mediationId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","caseId":"0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
             "sessionId":"S-2026-0457-1","sessionNumber":1,"mode":"ONLINE_VIDEO",
             "mediator":{"name":"赵敏","organisationCode":"ZMD-MED-01","subject":"mediator-zmd"},
             "startedAt":"2026-10-12T09:00:00+08:00","endedAt":"2026-10-12T10:30:00+08:00",
             "attendees":[{"kind":"PARTY","partyRef":"P1","name":"张伟"},{"kind":"PARTY","partyRef":"P2","name":"李娜"}],
             "outcome":"ADJOURNED","summary":"双方对误工天数有分歧，约定补充病休证明后再次调解。"}""";
    private static final String AGREEMENT_EXAMPLE = """
            {"formatVersion":"1.0","type":"AGREEMENT","messageId":"tj-zmd-20261012-0002",
             "mediationId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","caseId":"0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
             "agreementId":"A-2026-0457","version":1,"calculationVersion":1,
             "terms":[{"payer":{"kind":"INSURER","insurerCode":"PICC","name":"中国人民财产保险股份有限公司驻马店市分公司"},
                       "payee":{"kind":"PARTY","partyRef":"P2","name":"李娜"},"amount":"50000.00",
                       "dueDate":"2026-10-30","method":"INSURER_DIRECT"}],
             "total":"50000.00",
             "signatures":[{"signer":{"kind":"PARTY","partyRef":"P2","name":"李娜"},"role":"PARTY","way":"ELECTRONIC",
                            "signedAt":"2026-10-12T10:50:00+08:00","signerSubject":"tj-user-7c1e4a"}],
             "mediator":{"name":"赵敏","organisationCode":"ZMD-MED-01","subject":"mediator-zmd"},
             "draftedAt":"2026-10-12T10:40:00+08:00"}""";
    private static final String FAILURE_EXAMPLE = """
            {"formatVersion":"1.0","type":"FAILURE","messageId":"tj-zmd-20261020-0009",
             "mediationId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d","caseId":"0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
             "reason":"NO_AGREEMENT_ON_AMOUNT","mediator":{"name":"赵敏","organisationCode":"ZMD-MED-01"},
             "failedAt":"2026-10-20T11:00:00+08:00"}""";
    private static final String RECEIPT_EXAMPLE = """
            {"messageId":"tj-zmd-20261012-0001","messageType":"SESSION",
             "caseId":"0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b","mediationId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "result":{"number":1,"heldAt":"2026-10-12T01:00:00Z","mode":"ONLINE_VIDEO",
              "attendees":"张伟 (P1), 李娜 (P2)",
              "summary":"session 1 (S-2026-0457-1), outcome ADJOURNED: 双方对误工天数有分歧，约定补充病休证明后再次调解。",
              "recordedBy":"mediator-zmd","recordedAt":"2026-10-12T02:31:07Z"}}""";
    private static final String AGREEMENT_RECEIPT_EXAMPLE = """
            {"messageId":"tj-zmd-20261014-0003","messageType":"AGREEMENT",
             "caseId":"0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b","mediationId":"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "warnings":[{"path":"/signatures/0","code":"SIGNATURE_NEEDS_PARTY_ACCOUNT",
              "message":"not counted: the hub cannot verify a platform's account (party-7c1e4a); P2 signs with \
            their own account: POST /api/v1/cases/0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b/mediations/current/\
            agreements/1/signatures"},{"path":"/effectiveAt","code":"NOT_EFFECTIVE_IN_HUB",
              "message":"the agreement is not in effect in the hub: it takes effect when the last of the case's \
            parties has a counted signature; awaiting [P2]"}],
             "result":{"agreementId":"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9","version":1,"calculationVersion":3,
              "state":"DRAFT","total":"6450.50","terms":[{"payerKind":"PARTY","payer":"P1","payeeRef":"P2",
              "amount":"6450.50","dueDate":"2026-10-31","method":"BANK_TRANSFER"}],
              "signatures":[{"partyRef":"P1","way":"IN_PERSON","signedBy":"mediator-zhaomin",
              "signedAt":"2026-10-14T07:20:00Z","evidenceName":"调解协议-张伟签字页.jpg",
              "evidenceSha256":"486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7"}],
              "awaiting":["P2"],"draftedBy":"mediator-zmd","draftedAt":"2026-10-14T07:31:02Z",
              "platformAgreementId":"A-2026-0457","platformVersion":1}}""";
    private static final String EVIDENCE_PROBLEM_EXAMPLE = """
            {"type":"urn:accident-hub:problem:validation-failed","title":"The request content is not valid",
             "status":422,"detail":"1 problem(s) found; see errors","errors":[{"path":"/signatures/1/evidence",
             "code":"EVIDENCE_NOT_UPLOADED","message":"the hub holds no page with sha256 \
            486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7 for this mediation: an in-person \
            signature counts only with the signed page itself; deliver it first (PUT /api/v1/cases/\
            0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b/mediations/current/documents/\
            486ea46224d1bb4fb680f34f7c9ad96a8f24ec88be73ea8e5a6c65260e9cb8a7), then send the message again"}]}""";

    private final MediationMessageApplying applying;
    private final IdempotentWrites writes;
    private final HubTime clock;
    private final CurrentCaller caller;

    MediationMessageResource(MediationMessageApplying applying, IdempotentWrites writes, HubTime clock,
            CurrentCaller caller) {
        this.applying = applying;
        this.writes = writes;
        this.clock = clock;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Push a mediation platform message: SESSION, AGREEMENT or FAILURE",
            description = "Format docs/formats/mediation-messages.md. SESSION records a session, AGREEMENT drafts "
                    + "(or redrafts, version + 1) the agreement and records its signatures, FAILURE ends the "
                    + "mediation, through the same services as the mediator API. Of an AGREEMENT's signatures the "
                    + "hub counts only IN_PERSON ones whose signed page it holds for the mediation, delivered "
                    + "before with PUT /api/v1/cases/{caseId}/mediations/current/documents/{sha256} or attached to "
                    + "the case by the police (else 422 EVIDENCE_NOT_UPLOADED); ELECTRONIC ones are not counted and "
                    + "come back as SIGNATURE_NEEDS_PARTY_ACCOUNT warnings: the party signs with their own "
                    + "account. The agreement takes effect with the last counted signature, whatever effectiveAt "
                    + "says. The messageId is unique per organisation: a resend with the same messageId and the "
                    + "same message answers as the first did and changes nothing; the same messageId with another "
                    + "message is 409.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "session", value = SESSION_EXAMPLE),
            @ExampleObject(name = "agreement", value = AGREEMENT_EXAMPLE),
            @ExampleObject(name = "failure", value = FAILURE_EXAMPLE) }))
    @APIResponse(responseCode = "200", description = "applied (or a resend of a message applied before)",
            content = @Content(examples = {
                    @ExampleObject(name = "session recorded", value = RECEIPT_EXAMPLE),
                    @ExampleObject(name = "agreement drafted, one signature counted", value =
                            AGREEMENT_RECEIPT_EXAMPLE) }))
    @APIResponse(responseCode = "403", description = "mediator.organisationCode is not the token's organisation")
    @APIResponse(responseCode = "404", description = "no such case or mediation, or another organisation's")
    @APIResponse(responseCode = "409", description = "no open mediation (e.g. the agreement is already in "
            + "effect), the messageId was used for another message, a session id already recorded, or an agreement "
            + "version already drafted with other terms or superseded")
    @APIResponse(responseCode = "413", description = "over 256 KiB")
    @APIResponse(responseCode = "422", description = "every problem with its JSON pointer into the message, "
            + "e.g. an unknown calculationVersion or party, or an in-person signature whose signed page the hub "
            + "does not hold", content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, examples =
                    @ExampleObject(name = "evidence not uploaded", value = EVIDENCE_PROBLEM_EXAMPLE)))
    public Uni<Response> receive(byte[] body) {
        Caller sender = caller.get();
        Conversion<SpecificRecord> read = PartnerMessages.read(CONNECTOR, body, MediationFormat.MAX_MESSAGE_BYTES,
                "a mediation message", clock.now());
        SpecificRecord message = read.requireRecord();
        String organisation = mediator(message).getOrganisationCode();
        if (sender.orgType() != OrgType.MEDIATION || !organisation.equals(sender.orgCode())) {
            throw ProblemException.forbidden("mediator.organisationCode " + organisation
                    + " is not the caller's organisation");
        }
        return writes.once(sender, IdempotentWrites.MEDIATION_MESSAGE, messageId(message), "POST", PATH, body,
                () -> applying.apply(message, read.warnings(), sender).map(Answer::ok));
    }

    private static Mediator mediator(SpecificRecord message) {
        if (message instanceof MediationSession session) {
            return session.getMediator();
        }
        if (message instanceof MediationFailure failure) {
            return failure.getMediator();
        }
        if (message instanceof MediationAgreement agreement) {
            return agreement.getMediator();
        }
        throw new IllegalStateException("the connector reads only inbound messages");
    }

    private static String messageId(SpecificRecord message) {
        if (message instanceof MediationSession session) {
            return session.getMessageId();
        }
        if (message instanceof MediationAgreement agreement) {
            return agreement.getMessageId();
        }
        return ((MediationFailure) message).getMessageId();
    }
}
