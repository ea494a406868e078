package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

/**
 * Finds claims with a deadline that passed unmet and is not yet recorded, and records it
 * (docs/CLAIMS.md, "Deadlines"). Runs before every claims listing, for the claims listed, and
 * periodically for all ({@link BreachScan}). At most {@link #BATCH} claims per run; the next run
 * takes the rest.
 */
@ApplicationScoped
class BreachDetection {

    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(BreachDetection.class);

    private final Mutiny.SessionFactory sessions;
    private final LockedClaims claims;
    private final HubTime clock;

    BreachDetection(Mutiny.SessionFactory sessions, LockedClaims claims, HubTime clock) {
        this.sessions = sessions;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * @param caseId only the claims of this case, or null for all in scope
     * @return how many claims had breaches recorded
     */
    Uni<Integer> detect(ClaimScope scope, UUID caseId) {
        return detect(scope, caseId, null);
    }

    /** @param claimId only this claim, or null for all in scope */
    Uni<Integer> detect(ClaimScope scope, UUID caseId, UUID claimId) {
        Instant now = clock.now();
        return candidates(scope, caseId, claimId, now).chain(found -> Multi.createFrom().iterable(found)
                // one transaction per claim, each under its case's lock; recording happens on locking
                .onItem().transformToUniAndConcatenate(candidate -> claims.change(candidate, ClaimScope.hub(), now,
                                (session, kase, claim) -> Uni.createFrom().item(Boolean.TRUE))
                        // one claim that fails (a deadlock, say) must not stop the others; the next run retries it
                        .onFailure().invoke(failure -> LOG.warnf(failure, "breach detection failed for claim %s",
                                candidate))
                        .onFailure().recoverWithItem(Boolean.FALSE))
                .filter(Boolean::booleanValue)
                .collect().asList()
                .map(List::size));
    }

    private Uni<List<UUID>> candidates(ClaimScope scope, UUID caseId, UUID claimId, Instant now) {
        String hql = "select c.id from Claim c where " + scope.predicate()
                + (caseId == null ? "" : " and c.caseId = :caseId")
                + (claimId == null ? "" : " and c.id = :claimId")
                + " and " + ClaimDeadlines.UNRECORDED_BREACH + " order by c.openedAt, c.id";
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<UUID> query = session.createSelectionQuery(hql, UUID.class)
                    .setParameter("now", now)
                    .setMaxResults(BATCH);
            if (caseId != null) {
                query.setParameter("caseId", caseId);
            }
            if (claimId != null) {
                query.setParameter("claimId", claimId);
            }
            scope.parameters().forEach(query::setParameter);
            return query.getResultList();
        });
    }
}
