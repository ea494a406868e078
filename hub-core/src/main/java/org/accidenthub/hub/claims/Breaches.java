package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.claims.ClaimDeadlines.Deadline;
import org.accidenthub.hub.events.CaseEventType;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Records the deadlines of a claim that passed unmet, each once, with a CLAIM_DEADLINE_BREACHED
 * event (domain reference §4: the hub records breaches). The caller holds the case's row lock, so
 * two detections of the same breach cannot both record it.
 */
final class Breaches {

    private Breaches() {
    }

    static Uni<Void> record(Mutiny.Session session, AccidentCase kase, Claim claim, Instant now) {
        List<Deadline> breached = ClaimDeadlines.of(claim).stream().filter(d -> d.breachedAt(now)).toList();
        if (breached.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery("select b.kind from DeadlineBreach b where b.claimId = :id",
                        DeadlineKind.class)
                .setParameter("id", claim.id)
                .getResultList()
                .chain(recorded -> {
                    List<Object> rows = new ArrayList<>();
                    for (Deadline deadline : breached) {
                        if (!recorded.contains(deadline.kind())) {
                            DeadlineBreach breach = breach(claim, deadline, now);
                            rows.add(breach);
                            rows.add(ClaimEvents.of(kase, CaseEventType.CLAIM_DEADLINE_BREACHED, ClaimEvents.HUB, now,
                                    ClaimMessages.breached(claim, breach)));
                        }
                    }
                    return rows.isEmpty() ? Uni.createFrom().voidItem() : session.persistAll(rows.toArray());
                });
    }

    private static DeadlineBreach breach(Claim claim, Deadline deadline, Instant now) {
        DeadlineBreach breach = new DeadlineBreach();
        breach.id = UUID.randomUUID();
        breach.claimId = claim.id;
        breach.kind = deadline.kind();
        breach.dueAt = deadline.dueAt();
        breach.detectedAt = now;
        return breach;
    }
}
