package org.accidenthub.hub.speedtrial;

import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseAttachment;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.calculations.CompensationCalculationRow;
import org.accidenthub.hub.mediation.Agreement;
import org.accidenthub.hub.mediation.DisputeParties;
import org.accidenthub.hub.mediation.Mediation;
import org.accidenthub.hub.mediation.MediationRecords;
import org.accidenthub.hub.mediation.MediationState;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.CalculationRef;
import org.accidenthub.schemas.v1.CaseFile;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.MediationEnd;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.accidenthub.schemas.v1.MediationRecordRef;
import org.accidenthub.schemas.v1.SpeedTrialFiling;

/**
 * The filing package the hub assembles for the court, as the SpeedTrialFiling record: the accident
 * record (by reference and hash), the finding with each party's responsibility, the newest calculation,
 * the evidence list (the case's attachments, by hash) and the mediation record — so that the court
 * re-types nothing.
 */
final class SpeedTrialPackage {

    private SpeedTrialPackage() {
    }

    /** What the package is made of, read under the case's lock. */
    record Contents(CaseFacts facts, CompensationCalculationRow calculation, List<CaseAttachment> attachments,
            Mediation mediation, long sessionsHeld, Agreement agreement) {
    }

    static SpeedTrialFiling of(SpeedTrialFilingRow row, String courtName, String plaintiffRef, Contents contents) {
        CaseFacts facts = contents.facts();
        List<DisputeParty> plaintiffs = facts.parties().stream().filter(p -> p.ref.equals(plaintiffRef))
                .map(DisputeParties::person).toList();
        List<DisputeParty> defendants = new java.util.ArrayList<>(facts.parties().stream()
                .filter(p -> !p.ref.equals(plaintiffRef)).map(DisputeParties::person).toList());
        facts.policies().stream().map(p -> p.insurerCode).distinct().sorted()
                .forEach(code -> defendants.add(DisputeParties.insurer(code)));
        return SpeedTrialFiling.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setFilingId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setCourtCode(row.courtCode)
                .setCourtName(courtName)
                .setProcedure(row.procedure)
                .setPlaintiffs(plaintiffs)
                .setDefendants(defendants)
                .setCaseFile(caseFile(contents))
                .setFiledAt(row.filedAt)
                .setJudgmentDueAt(row.judgmentDueAt)
                .build();
    }

    private static CaseFile caseFile(Contents contents) {
        CaseFacts facts = contents.facts();
        return CaseFile.newBuilder()
                .setAccident(MediationRecords.accident(facts.kase()))
                .setFinding(MediationRecords.finding(facts.kase()))
                .setResponsibilities(MediationRecords.responsibilities(facts.parties()))
                .setCalculation(contents.calculation() == null ? null : CalculationRef.newBuilder()
                        .setCalculationId(contents.calculation().id.toString())
                        .setVersion(contents.calculation().version)
                        .setTotal(contents.calculation().total.setScale(2))
                        .build())
                .setEvidence(contents.attachments().stream().map(a -> AttachmentRef.newBuilder().setName(a.name)
                        .setMediaType(a.mediaType).setSha256(a.sha256).setSize(a.size).build()).toList())
                .setMediation(mediation(contents))
                .build();
    }

    private static MediationRecordRef mediation(Contents contents) {
        Mediation m = contents.mediation();
        if (m == null) {
            return null;
        }
        MediationEnd end = m.state == MediationState.FAILED ? MediationEnd.FAILED : MediationEnd.CONFIRMATION_REJECTED;
        return MediationRecordRef.newBuilder()
                .setMediationId(m.id.toString())
                .setOrganisationCode(m.organisationCode)
                .setSessionsHeld((int) contents.sessionsHeld())
                .setEnd(end)
                .setFailureReason(end == MediationEnd.FAILED ? failureReason(m.failureReason) : null)
                .setAgreementId(contents.agreement() == null ? null : contents.agreement().id.toString())
                .build();
    }

    /** The stored reason is "SYMBOL: detail". */
    private static MediationFailureReason failureReason(String stored) {
        if (stored == null) {
            return MediationFailureReason.OTHER;
        }
        String symbol = stored.contains(":") ? stored.substring(0, stored.indexOf(':')) : stored;
        try {
            return MediationFailureReason.valueOf(symbol);
        } catch (IllegalArgumentException unknown) {
            return MediationFailureReason.OTHER;
        }
    }
}
