package org.accidenthub.connectors.arbitration;

import java.util.Objects;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.schemas.v1.AccidentRecordRef;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.CaseFile;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.MediationRecordRef;
import org.accidenthub.schemas.v1.Obligation;
import org.accidenthub.schemas.v1.PartyResponsibility;

/**
 * Writes a canonical {@link ArbitrationReferral} as the referral message a commission receives
 * (XML, docs/formats/arbitration-messages.md, "Referral"): the parties, what the claimants ask
 * for, the arbitration agreement and the case file, every document by its SHA-256.
 * Thread-safe and stateless; the canonical record is trusted (it was validated on its way in).
 */
public final class ArbitrationReferralWriter {

    public static final ConnectorId ID = new ConnectorId("arbitration-referral", "1.0.0");

    static final String ROOT = "referral";

    public ConnectorId id() {
        return ID;
    }

    /** The referral as UTF-8 XML bytes. */
    public byte[] write(ArbitrationReferral referral) {
        Objects.requireNonNull(referral, "referral");
        return XmlOut.document(ROOT, out -> out
                .leaf("messageId", referral.getMessageId())
                .leaf("referralId", referral.getReferralId())
                .leaf("caseId", referral.getCaseId())
                .leaf("commissionCode", referral.getCommissionCode())
                .leaf("commissionName", referral.getCommissionName())
                .leaf("referredAt", referral.getReferredAt())
                .list("claimants", "party", referral.getClaimants(), ArbitrationReferralWriter::party)
                .list("respondents", "party", referral.getRespondents(), ArbitrationReferralWriter::party)
                .list("claims", "claim", referral.getClaims(), ArbitrationReferralWriter::claim)
                .group("arbitrationAgreement", agreement -> document(agreement, referral.getArbitrationAgreement()))
                .group("caseFile", file -> caseFile(file, referral.getCaseFile())));
    }

    private static void party(XmlOut out, DisputeParty party) {
        out.leaf("kind", party.getKind())
                .leaf("partyRef", party.getPartyRef())
                .leaf("insurerCode", party.getInsurerCode())
                .leaf("name", party.getName());
    }

    private static void claim(XmlOut out, Obligation claim) {
        out.group("payer", payer -> party(payer, claim.getPayer()))
                .group("payee", payee -> party(payee, claim.getPayee()))
                .leaf("amount", claim.getAmount())
                .leaf("dueDate", claim.getDueDate())
                .leaf("description", claim.getDescription());
    }

    private static void document(XmlOut out, AttachmentRef document) {
        out.leaf("name", document.getName())
                .leaf("mediaType", document.getMediaType())
                .leaf("sha256", document.getSha256())
                .leaf("size", document.getSize());
    }

    private static void caseFile(XmlOut out, CaseFile file) {
        AccidentRecordRef accident = file.getAccident();
        out.group("accident", a -> a
                .leaf("unitCode", accident.getUnitCode())
                .leaf("reportNumber", accident.getReportNumber())
                .leaf("revision", accident.getRevision())
                .leaf("recordSha256", accident.getRecordSha256())
                .leaf("occurredAt", accident.getOccurredAt())
                .leaf("address", accident.getAddress())
                .leaf("narrative", accident.getNarrative()));
        if (file.getFinding() != null) {
            out.group("finding", f -> f
                    .leaf("kind", file.getFinding().getKind())
                    .leaf("documentNumber", file.getFinding().getDocumentNumber())
                    .leaf("issuedAt", file.getFinding().getIssuedAt())
                    .leaf("servedAt", file.getFinding().getServedAt()));
        }
        out.list("responsibilities", "responsibility", file.getResponsibilities(), ArbitrationReferralWriter::share);
        if (file.getCalculation() != null) {
            out.group("calculation", c -> c
                    .leaf("calculationId", file.getCalculation().getCalculationId())
                    .leaf("version", file.getCalculation().getVersion())
                    .leaf("total", file.getCalculation().getTotal()));
        }
        out.list("evidence", "document", file.getEvidence(), ArbitrationReferralWriter::document);
        if (file.getMediation() != null) {
            out.group("mediation", m -> mediation(m, file.getMediation()));
        }
    }

    private static void share(XmlOut out, PartyResponsibility share) {
        out.leaf("partyRef", share.getPartyRef())
                .leaf("name", share.getName())
                .leaf("class", share.getResponsibility())
                .leaf("share", share.getShare());
    }

    private static void mediation(XmlOut out, MediationRecordRef mediation) {
        out.leaf("mediationId", mediation.getMediationId())
                .leaf("organisationCode", mediation.getOrganisationCode())
                .leaf("sessionsHeld", mediation.getSessionsHeld())
                .leaf("end", mediation.getEnd())
                .leaf("failureReason", mediation.getFailureReason())
                .leaf("agreementId", mediation.getAgreementId());
        if (mediation.getDocument() != null) {
            out.group("document", d -> document(d, mediation.getDocument()));
        }
    }
}
