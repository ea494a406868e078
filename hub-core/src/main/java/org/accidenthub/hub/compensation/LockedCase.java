package org.accidenthub.hub.compensation;

import io.smallrye.mutiny.Uni;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The case a compensation write belongs to, found within the caller's scope and locked for the
 * rest of the transaction: versions (1, 2, ... per case) and the case's event sequence are taken
 * under this lock, so concurrent writes to one case are serialised and leave no gaps.
 */
public final class LockedCase {

    private LockedCase() {
    }

    /** Fails with 404 when the case does not exist or lies outside the scope. */
    public static Uni<AccidentCase> lock(Mutiny.Session session, UUID caseId, CaseScope scope) {
        Mutiny.SelectionQuery<UUID> query = session.createSelectionQuery(
                "select c.id from AccidentCase c where c.id = :caseId and " + scope.predicate(), UUID.class);
        query.setParameter("caseId", caseId);
        scope.parameters().forEach(query::setParameter);
        // the id first, then the row with its lock: loaded fresh under the lock, never a stale copy
        return query.getSingleResultOrNull().chain(found -> found == null
                ? Uni.createFrom().failure(ProblemException.notFound("no case " + caseId))
                : session.find(AccidentCase.class, found, LockModeType.PESSIMISTIC_WRITE));
    }
}
