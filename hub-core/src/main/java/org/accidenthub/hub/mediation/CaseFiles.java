package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseAttachment;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.calculations.CompensationCalculationRow;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.CalculationRef;
import org.accidenthub.schemas.v1.CaseFile;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.MediationEnd;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.accidenthub.schemas.v1.MediationRecordRef;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The case file a court (speed trial) or an arbitration commission receives after mediation, as the
 * canonical {@link CaseFile}: the accident record (by reference and hash), the finding with each
 * party's responsibility, the newest calculation, the evidence list (the case's attachments, by hash)
 * and the mediation record — so that neither re-types anything. One assembly for both ways.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /** What the case file is made of, read under the case's lock. */
    public record Contents(CaseFacts facts, CompensationCalculationRow calculation, List<CaseAttachment> attachments,
            Mediation mediation, long sessionsHeld, Agreement agreement) {
    }

    public static Uni<Contents> load(Mutiny.Session session, AccidentCase kase, CaseFacts facts) {
        return session.createSelectionQuery("from CompensationCalculationRow c where c.caseId = :id"
                        + " order by c.version desc", CompensationCalculationRow.class)
                .setParameter("id", kase.id).setMaxResults(1).getSingleResultOrNull()
                .chain(calculation -> session.createSelectionQuery("from CaseAttachment a where a.caseId = :id"
                                + " order by a.position", CaseAttachment.class)
                        .setParameter("id", kase.id).getResultList()
                        .chain(attachments -> session.createSelectionQuery("from Mediation m where m.caseId = :id"
                                        + " order by m.number desc", Mediation.class)
                                .setParameter("id", kase.id).setMaxResults(1).getSingleResultOrNull()
                                .chain(mediation -> mediation == null
                                        ? Uni.createFrom().item(new Contents(facts, calculation, attachments, null, 0,
                                                null))
                                        : session.createSelectionQuery("select count(s) from MediationSession s"
                                                        + " where s.mediationId = :id", Long.class)
                                                .setParameter("id", mediation.id).getSingleResult()
                                                .chain(sessionsHeld -> session.createSelectionQuery(
                                                                "from Agreement a where a.mediationId = :id"
                                                                        + " order by a.number desc", Agreement.class)
                                                        .setParameter("id", mediation.id).setMaxResults(1)
                                                        .getSingleResultOrNull()
                                                        .map(agreement -> new Contents(facts, calculation,
                                                                attachments, mediation, sessionsHeld,
                                                                agreement))))));
    }

    /** The party who brings the dispute (plaintiff, claimant), as the canonical records name parties. */
    public static List<DisputeParty> bringing(CaseFacts facts, String partyRef) {
        return facts.parties().stream().filter(p -> p.ref.equals(partyRef)).map(DisputeParties::person).toList();
    }

    /** Everyone the dispute is brought against: the other parties, then every insurer of the case's vehicles. */
    public static List<DisputeParty> against(CaseFacts facts, String partyRef) {
        List<DisputeParty> others = new ArrayList<>(facts.parties().stream()
                .filter(p -> !p.ref.equals(partyRef)).map(DisputeParties::person).toList());
        facts.policies().stream().map(p -> p.insurerCode).distinct().sorted()
                .forEach(code -> others.add(DisputeParties.insurer(code)));
        return others;
    }

    public static CaseFile of(Contents contents) {
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
        return MediationRecordRef.newBuilder()
                .setMediationId(m.id.toString())
                .setOrganisationCode(m.organisationCode)
                .setSessionsHeld((int) contents.sessionsHeld())
                .setEnd(end(m, contents.facts().kase()))
                .setFailureReason(m.state == MediationState.FAILED ? failureReason(m.failureReason) : null)
                .setAgreementId(contents.agreement() == null ? null : contents.agreement().id.toString())
                .build();
    }

    /** How the mediation ended, as the court or commission needs to know it. */
    private static MediationEnd end(Mediation m, AccidentCase kase) {
        if (m.state == MediationState.FAILED) {
            return MediationEnd.FAILED;
        }
        if (kase.state == CaseState.CONFIRMATION_REJECTED) {
            return MediationEnd.CONFIRMATION_REJECTED;
        }
        // an agreement took effect but no court confirmed it: arbitration can make it enforceable
        return m.state == MediationState.AGREED ? MediationEnd.AGREED_NOT_CONFIRMED : MediationEnd.OTHER;
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
