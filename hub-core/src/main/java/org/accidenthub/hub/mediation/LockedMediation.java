package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A mediation write: the case found in the caller's scope and locked ({@link LockedCase}), with its
 * latest mediation. Every mediation change runs under this lock, so numbering, signatures and the
 * case's state cannot race.
 */
record LockedMediation(AccidentCase kase, Mediation mediation) {

    static Uni<LockedMediation> lock(Mutiny.Session session, UUID caseId, Caller caller) {
        return LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> latest(session, kase.id).map(mediation -> new LockedMediation(kase, mediation)));
    }

    static Uni<Mediation> latest(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from Mediation m where m.caseId = :caseId order by m.number desc",
                        Mediation.class)
                .setParameter("caseId", caseId)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** The open mediation, run by the caller's organisation: 409 when none is open, 403 for another organisation's. */
    Mediation openFor(Caller mediator) {
        if (mediation == null || mediation.state != MediationState.OPEN) {
            throw ProblemException.conflict("the case has no open mediation",
                    List.of(new Problem("", "NO_OPEN_MEDIATION", "the case is " + kase.state
                            + "; a mediation must be assigned (and not ended) first")));
        }
        if (!mediation.organisationCode.equals(mediator.orgCode())) {
            throw ProblemException.forbidden("the case's mediation is assigned to another organisation");
        }
        return mediation;
    }
}
