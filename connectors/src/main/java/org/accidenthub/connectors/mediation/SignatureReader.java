package org.accidenthub.connectors.mediation;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AgreementSignature;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.SignatureWay;
import org.accidenthub.schemas.v1.SignerRole;

/**
 * Reads one {@code signatures[]} entry. An electronic signature names the account that signed; a
 * signature on paper is recorded by the mediator with the signed page as evidence, so that a
 * court confirming the agreement can see how each party consented.
 */
final class SignatureReader {

    private SignatureReader() {
    }

    static AgreementSignature read(JsonFields signature, ReadContext context) {
        JsonFields signerFields = signature.object("signer", REQUIRED);
        DisputeParty signer = signerFields == null ? null : MessageFields.party(signerFields);
        String role = signature.oneOf("role", REQUIRED, List.of("PARTY", "AGENT", "INSURER", "MEDIATOR", "OTHER"));
        String signedByName = signature.text("signedByName", OPTIONAL, 64);
        String way = signature.oneOf("way", REQUIRED, List.of("ELECTRONIC", "IN_PERSON"));
        Instant signedAt = MessageFields.pastInstant(signature, "signedAt", REQUIRED, context);
        String signerSubject = signature.text("signerSubject", OPTIONAL, 128);
        String recordedBy = signature.text("recordedBy", OPTIONAL, 128);
        JsonFields evidenceFields = signature.object("evidence", OPTIONAL);
        AttachmentRef evidence = evidenceFields == null ? null : MessageFields.document(evidenceFields);
        signature.reportUnknownFields();
        boolean complete = true;
        if ("ELECTRONIC".equals(way) && MessageFields.missing(signature, "signerSubject", signerSubject)) {
            complete = false;
            signature.fail("signerSubject", MediationProblemCode.SIGNER_SUBJECT_REQUIRED,
                    "an ELECTRONIC signature names the account that signed");
        }
        if ("IN_PERSON".equals(way) && MessageFields.missing(signature, "recordedBy", recordedBy)) {
            complete = false;
            signature.fail("recordedBy", MediationProblemCode.RECORDED_BY_REQUIRED,
                    "an IN_PERSON signature names the mediator who recorded it");
        }
        if ("IN_PERSON".equals(way) && !signature.present("evidence")) {
            complete = false;
            signature.fail("evidence", MediationProblemCode.EVIDENCE_REQUIRED,
                    "an IN_PERSON signature comes with the signed page (or a photo of it) as evidence");
        }
        if (!complete || signer == null || role == null || way == null || signedAt == null
                || (evidenceFields != null && evidence == null)
                || ("ELECTRONIC".equals(way) ? blank(signerSubject) : blank(recordedBy))) {
            return null;
        }
        boolean electronic = "ELECTRONIC".equals(way);
        return AgreementSignature.newBuilder()
                .setSigner(signer)
                .setRole(SignerRole.valueOf(role))
                .setSignedByName(blank(signedByName) ? null : signedByName)
                .setWay(SignatureWay.valueOf(way))
                .setSignedAt(signedAt)
                // each way keeps only its own proof, so a record never claims both
                .setSignerSubject(electronic ? signerSubject : null)
                .setRecordedBy(electronic ? null : recordedBy)
                .setEvidence(electronic ? null : evidence)
                .build();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
