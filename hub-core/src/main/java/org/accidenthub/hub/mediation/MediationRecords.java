package org.accidenthub.hub.mediation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AccidentRecordRef;
import org.accidenthub.schemas.v1.AgreementSignature;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationAssignment;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.accidenthub.schemas.v1.Mediator;
import org.accidenthub.schemas.v1.PartyResponsibility;
import org.accidenthub.schemas.v1.Responsibility;
import org.accidenthub.schemas.v1.SessionOutcome;
import org.accidenthub.schemas.v1.SettlementTerm;
import org.accidenthub.schemas.v1.SignerRole;

/** Mediation rows → the canonical records of mediation.avdl (the payloads of the MEDIATION_* events). */
public final class MediationRecords {

    private MediationRecords() {
    }

    public static MediationAssignment assignment(Mediation mediation, CaseFacts facts, String organisationName) {
        return MediationAssignment.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setMediationId(mediation.id.toString())
                .setCaseId(mediation.caseId.toString())
                .setOrganisationCode(mediation.organisationCode)
                .setOrganisationName(organisationName)
                .setParties(facts.parties().stream().map(DisputeParties::person).toList())
                .setAccident(accident(facts.kase()))
                .setFinding(finding(facts.kase()))
                .setResponsibilities(responsibilities(facts.parties()))
                .setAssignedAt(mediation.assignedAt)
                .build();
    }

    public static org.accidenthub.schemas.v1.MediationSession session(Mediation mediation, MediationSession session,
            Caller mediator) {
        return org.accidenthub.schemas.v1.MediationSession.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setMediationId(mediation.id.toString())
                .setCaseId(mediation.caseId.toString())
                // a pushed session keeps the platform's id and number, so the record matches the platform's
                .setSessionId(session.platformSessionId != null ? session.platformSessionId : session.id.toString())
                .setSessionNumber(session.platformSessionNumber != null ? session.platformSessionNumber
                        : session.number)
                .setMode(session.mode)
                .setMediator(mediator(mediation, mediator.subject()))
                .setStartedAt(session.heldAt)
                .setEndedAt(session.endedAt)
                .setOutcome(session.outcome != null ? session.outcome : SessionOutcome.CONTINUED)
                .setSummary("出席: " + session.attendees + "\n" + session.summary)
                .setMinutesDocument(session.minutesSha256 == null ? null : AttachmentRef.newBuilder()
                        .setName(session.minutesName).setMediaType(session.minutesMediaType)
                        .setSha256(session.minutesSha256).setSize(session.minutesSize).build())
                .build();
    }

    public static MediationAgreement agreement(Mediation mediation, Agreement agreement, List<AgreementTerm> terms,
            List<org.accidenthub.hub.mediation.AgreementSignature> signatures, List<CaseParty> parties) {
        BigDecimal total = terms.stream().map(t -> t.amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        return MediationAgreement.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setAgreementId(agreement.id.toString())
                .setMediationId(mediation.id.toString())
                .setCaseId(agreement.caseId.toString())
                .setVersion(agreement.number)
                .setCalculationVersion(agreement.calculationVersion)
                .setTerms(terms.stream().map(t -> term(t, parties)).toList())
                .setTotal(total)
                .setSignatures(signatures.stream().map(s -> signature(s, parties)).toList())
                .setMediator(mediator(mediation, agreement.draftedBy))
                .setDraftedAt(agreement.draftedAt)
                .setEffectiveAt(agreement.effectiveAt)
                .build();
    }

    public static MediationFailure failure(Mediation mediation, MediationFailureReason reason, String detail,
            Caller mediator) {
        return MediationFailure.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setMediationId(mediation.id.toString())
                .setCaseId(mediation.caseId.toString())
                .setReason(reason)
                .setDetail(detail)
                .setMediator(mediator(mediation, mediator.subject()))
                .setFailedAt(mediation.endedAt)
                .build();
    }

    public static AccidentRecordRef accident(AccidentCase kase) {
        return AccidentRecordRef.newBuilder()
                .setUnitCode(kase.unitCode)
                .setReportNumber(kase.reportNumber)
                .setRevision(kase.revision)
                .setRecordSha256(kase.contentSha256)
                .setOccurredAt(kase.occurredAt)
                .setAddress(kase.address)
                .setNarrative(kase.narrative)
                .build();
    }

    public static LiabilityFinding finding(AccidentCase kase) {
        if (kase.findingKind == null) {
            return null;
        }
        return LiabilityFinding.newBuilder()
                .setKind(FindingKind.valueOf(kase.findingKind))
                .setDocumentNumber(kase.findingDocumentNumber)
                .setIssuedAt(kase.findingIssuedAt)
                .setServedAt(kase.findingServedAt)
                .build();
    }

    public static List<PartyResponsibility> responsibilities(List<CaseParty> parties) {
        return parties.stream().filter(p -> p.responsibility != null && p.responsibilityShare != null)
                .map(p -> PartyResponsibility.newBuilder().setPartyRef(p.ref).setName(p.name)
                        .setResponsibility(Responsibility.valueOf(p.responsibility))
                        .setShare(p.responsibilityShare).build())
                .toList();
    }

    private static Mediator mediator(Mediation mediation, String subject) {
        // the hub knows the mediator by account only; the organisation's platform names them
        return Mediator.newBuilder().setName(subject).setOrganisationCode(mediation.organisationCode)
                .setSubject(subject).build();
    }

    private static SettlementTerm term(AgreementTerm term, List<CaseParty> parties) {
        return SettlementTerm.newBuilder()
                .setPayer(DisputeParties.of(term.payerKind, term.payerCode, parties))
                .setPayee(DisputeParties.of(org.accidenthub.schemas.v1.DisputePartyKind.PARTY, term.payeeRef, parties))
                .setAmount(term.amount.setScale(2))
                .setDueDate(term.dueOn)
                .setMethod(term.method)
                .build();
    }

    private static AgreementSignature signature(org.accidenthub.hub.mediation.AgreementSignature signature,
            List<CaseParty> parties) {
        boolean inPerson = signature.way == org.accidenthub.schemas.v1.SignatureWay.IN_PERSON;
        return AgreementSignature.newBuilder()
                .setSigner(DisputeParties.of(org.accidenthub.schemas.v1.DisputePartyKind.PARTY, signature.partyRef,
                        parties))
                .setRole(SignerRole.PARTY)
                .setWay(signature.way)
                .setSignedAt(signature.signedAt)
                .setSignerSubject(inPerson ? null : signature.signedBy)
                .setRecordedBy(inPerson ? signature.signedBy : null)
                .setEvidence(inPerson ? AttachmentRef.newBuilder().setName(signature.evidenceName)
                        .setMediaType(signature.evidenceMediaType).setSha256(signature.evidenceSha256)
                        .setSize(signature.evidenceSize).build() : null)
                .build();
    }
}
