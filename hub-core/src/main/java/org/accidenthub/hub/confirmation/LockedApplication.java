package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A judge's step on an application: found only at the judge's own court (else 404, as if it did not
 * exist), its case locked for the step's transaction, and taken only by the judge it is assigned to
 * (another judge of the court: 403).
 */
record LockedApplication(AccidentCase kase, ConfirmationApplicationRow application) {

    static Uni<LockedApplication> lock(Mutiny.Session session, UUID applicationId, Caller judge, String username) {
        return session.createSelectionQuery("select a.caseId from ConfirmationApplicationRow a where a.id = :id"
                        + " and a.courtCode = :court and a.filedAt is not null", UUID.class)
                .setParameter("id", applicationId)
                .setParameter("court", judge.orgCode())
                .getSingleResultOrNull()
                .chain(caseId -> {
                    if (caseId == null) {
                        return Uni.createFrom().failure(ProblemException.notFound("no application " + applicationId));
                    }
                    return session.find(AccidentCase.class, caseId, LockModeType.PESSIMISTIC_WRITE)
                            .chain(kase -> session.find(ConfirmationApplicationRow.class, applicationId)
                                    .map(row -> {
                                        if (!row.judge.equals(username)) {
                                            throw ProblemException.forbidden("the application is assigned to another"
                                                    + " judge of the court");
                                        }
                                        return new LockedApplication(kase, row);
                                    }));
                });
    }
}
