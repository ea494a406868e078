package org.accidenthub.hub.confirmation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.mediation.Agreement;
import org.accidenthub.hub.mediation.DisputeParties;
import org.accidenthub.schemas.v1.AcceptanceDecision;
import org.accidenthub.schemas.v1.ConfirmationAcceptance;
import org.accidenthub.schemas.v1.ConfirmationApplicant;
import org.accidenthub.schemas.v1.ConfirmationApplication;
import org.accidenthub.schemas.v1.ConfirmationRuling;
import org.accidenthub.schemas.v1.RulingExtension;
import org.accidenthub.schemas.v1.RulingOutcome;

/** Application rows → the canonical records of adjudication.avdl (payloads of the CONFIRMATION_* events). */
final class ConfirmationRecords {

    private ConfirmationRecords() {
    }

    static ConfirmationApplication application(ConfirmationApplicationRow row, Agreement agreement, String courtName,
            List<CaseParty> parties) {
        Map<String, Instant> applied = Applicants.parse(row.applicants);
        return ConfirmationApplication.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setApplicationId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setAgreementId(agreement.id.toString())
                .setAgreementVersion(agreement.number)
                .setCourtCode(row.courtCode)
                .setCourtName(courtName)
                .setApplicants(applied.entrySet().stream().map(e -> ConfirmationApplicant.newBuilder()
                        .setParty(DisputeParties.of(org.accidenthub.schemas.v1.DisputePartyKind.PARTY, e.getKey(),
                                parties))
                        .setAppliedAt(e.getValue()).build()).toList())
                .setJoint(row.filedAt != null)
                .setAgreementEffectiveAt(agreement.effectiveAt)
                .setFiledAt(row.filedAt == null ? row.firstAppliedAt : row.filedAt)
                .setAcceptanceDueAt(row.acceptanceDueAt)
                .build();
    }

    static ConfirmationAcceptance acceptance(ConfirmationApplicationRow row, boolean accepted, String reason,
            Instant decidedAt) {
        return ConfirmationAcceptance.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setApplicationId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setCourtCode(row.courtCode)
                .setDecision(accepted ? AcceptanceDecision.ACCEPTED : AcceptanceDecision.NOT_ACCEPTED)
                .setReason(reason)
                .setDecidedAt(decidedAt)
                .setRulingDueAt(row.rulingDueAt)
                .build();
    }

    static ConfirmationRuling ruling(ConfirmationApplicationRow row, Agreement agreement, String courtName,
            Instant originalDue) {
        return ConfirmationRuling.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setApplicationId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setAgreementId(agreement.id.toString())
                .setAgreementVersion(agreement.number)
                .setCourtCode(row.courtCode)
                .setCourtName(courtName)
                .setCourtCaseNumber(row.caseNumber)
                .setJudge(row.judge)
                .setJudgeName(row.judgeName)
                .setOutcome(row.state == ApplicationState.CONFIRMED ? RulingOutcome.CONFIRMED : RulingOutcome.REJECTED)
                .setReasons(row.rulingReasons == null ? List.of() : Arrays.asList(row.rulingReasons.split("\n")))
                .setAcceptedAt(row.acceptedAt)
                .setRulingDueAt(row.rulingDueAt)
                .setExtension(row.extendedAt == null ? null : RulingExtension.newBuilder()
                        .setDays((int) java.time.Duration.between(originalDue, row.rulingDueAt).toDays())
                        .setReason(row.extensionReason)
                        .setGrantedAt(row.extendedAt)
                        .setNewDueAt(row.rulingDueAt)
                        .build())
                .setRuledAt(row.ruledAt)
                .build();
    }
}
