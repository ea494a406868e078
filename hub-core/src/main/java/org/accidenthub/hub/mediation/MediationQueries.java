package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of mediations, always through the case's scope. */
@ApplicationScoped
public class MediationQueries {

    private final Mutiny.SessionFactory sessions;

    MediationQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The case's latest mediation; null when the case is out of scope or was never mediated. */
    Uni<MediationView> latest(UUID caseId, CaseScope scope) {
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, scope).chain(kase -> kase == null
                ? Uni.createFrom().nullItem()
                : LockedMediation.latest(session, caseId).chain(mediation -> mediation == null
                        ? Uni.createFrom().nullItem()
                        : CaseFacts.load(session, kase).chain(facts -> view(session, mediation, facts.partyRefs())))));
    }

    private static Uni<MediationView> view(Mutiny.Session session, Mediation m, List<String> partyRefs) {
        return session.createSelectionQuery("from MediationSession s where s.mediationId = :id order by s.number",
                        MediationSession.class)
                .setParameter("id", m.id)
                .getResultList()
                .chain(rows -> session.createSelectionQuery("from Agreement a where a.mediationId = :id"
                                + " order by a.number", Agreement.class)
                        .setParameter("id", m.id)
                        .getResultList()
                        .chain(agreements -> Multi.createFrom().iterable(agreements)
                                .onItem().transformToUniAndConcatenate(a -> termsOf(session, a.id)
                                        .chain(terms -> signaturesOf(session, a.id)
                                                .map(signatures -> MediationView.agreement(a, terms, signatures,
                                                        partyRefs))))
                                .collect().asList())
                        .map(agreements -> new MediationView(m.id, m.number, m.organisationCode, m.channel, m.state,
                                m.assignedAt, m.failureReason, m.endedAt,
                                rows.stream().map(MediationView::session).toList(), agreements)));
    }

    public static Uni<List<AgreementTerm>> termsOf(Mutiny.Session session, UUID agreementId) {
        return session.createSelectionQuery("from AgreementTerm t where t.agreementId = :id order by t.position",
                AgreementTerm.class).setParameter("id", agreementId).getResultList();
    }

    public static Uni<List<AgreementSignature>> signaturesOf(Mutiny.Session session, UUID agreementId) {
        return session.createSelectionQuery("from AgreementSignature s where s.agreementId = :id"
                + " order by s.signedAt, s.partyRef", AgreementSignature.class).setParameter("id", agreementId)
                .getResultList();
    }

    /** The agreement in effect of the case's latest mediation, or null. */
    public static Uni<Agreement> effective(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from Agreement a where a.caseId = :caseId and a.state = :effective"
                        + " order by a.effectiveAt desc", Agreement.class)
                .setParameter("caseId", caseId)
                .setParameter("effective", AgreementState.EFFECTIVE)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }
}
