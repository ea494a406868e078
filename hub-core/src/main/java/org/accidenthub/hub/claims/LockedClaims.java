package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.problems.ProblemException;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one way a claim is changed: in a transaction, with its case's row locked (claim events
 * take the case's gap-free sequence; concurrent changes of one case are serialised, as with
 * police revisions), and with every deadline that has passed unmet recorded first — so that a
 * late answer still leaves its breach on record.
 */
@ApplicationScoped
class LockedClaims {

    /** A change of a locked claim; it persists its own rows and events in {@code session}. */
    @FunctionalInterface
    interface Change<T> {
        Uni<T> apply(Mutiny.Session session, AccidentCase kase, Claim claim);
    }

    private final Mutiny.SessionFactory sessions;

    LockedClaims(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** Fails with 404 when the claim does not exist or lies outside {@code scope}. */
    <T> Uni<T> change(UUID claimId, ClaimScope scope, Instant now, Change<T> change) {
        return sessions.withTransaction(session -> caseOf(session, claimId, scope).chain(caseId -> {
            if (caseId == null) {
                return Uni.createFrom().failure(ProblemException.notFound("no claim " + claimId));
            }
            return session.find(AccidentCase.class, caseId, LockModeType.PESSIMISTIC_WRITE)
                    .chain(kase -> session.find(Claim.class, claimId)
                            .chain(claim -> Breaches.record(session, kase, claim, now)
                                    .chain(() -> change.apply(session, kase, claim))));
        }));
    }

    private static Uni<UUID> caseOf(Mutiny.Session session, UUID claimId, ClaimScope scope) {
        Mutiny.SelectionQuery<UUID> query = session.createSelectionQuery(
                "select c.caseId from Claim c where c.id = :claimId and " + scope.predicate(), UUID.class);
        query.setParameter("claimId", claimId);
        scope.parameters().forEach(query::setParameter);
        return query.getSingleResultOrNull();
    }
}
