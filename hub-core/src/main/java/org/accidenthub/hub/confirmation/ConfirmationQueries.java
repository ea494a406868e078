package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.OrgType;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads of applications. A judge sees the applications filed at their court; everyone else in the
 * case's scope (its parties, its mediators, its police unit, its insurers) sees the case's applications.
 */
@ApplicationScoped
public class ConfirmationQueries {

    private final Mutiny.SessionFactory sessions;
    private final Courts courts;
    private final HubTime clock;

    ConfirmationQueries(Mutiny.SessionFactory sessions, Courts courts, HubTime clock) {
        this.sessions = sessions;
        this.courts = courts;
        this.clock = clock;
    }

    /** HQL over {@code ConfirmationApplicationRow a}: the applications the caller may see. */
    static String visible(Caller caller) {
        if (caller.orgType() == OrgType.COURT) {
            return "a.courtCode = :scopeOrg and a.filedAt is not null";
        }
        return "exists (select c.id from AccidentCase c where c.id = a.caseId and " + CaseScope.of(caller).predicate()
                + ")";
    }

    Uni<ConfirmationView> find(UUID applicationId, Caller caller) {
        Instant now = clock.now();
        return sessions.withSession(session -> query(session, "from ConfirmationApplicationRow a where a.id = :id and "
                + visible(caller), caller).setParameter("id", applicationId).getSingleResultOrNull()
                .map(row -> row == null ? null : ConfirmationView.of(row, courts, now)));
    }

    /** The row itself (with its ruling record), or null when not visible. */
    Uni<ConfirmationApplicationRow> row(UUID applicationId, Caller caller) {
        return sessions.withSession(session -> query(session, "from ConfirmationApplicationRow a where a.id = :id and "
                + visible(caller), caller).setParameter("id", applicationId).getSingleResultOrNull());
    }

    /** @param overdue true: only applications whose acceptance or ruling is overdue now */
    Uni<Page<ConfirmationView>> page(UUID caseId, Boolean overdue, int page, int size, Caller caller) {
        Instant now = clock.now();
        StringBuilder where = new StringBuilder(" where ").append(visible(caller));
        if (caseId != null) {
            where.append(" and a.caseId = :caseId");
        }
        if (Boolean.TRUE.equals(overdue)) {
            where.append(" and ((a.state = org.accidenthub.hub.confirmation.ApplicationState.FILED"
                    + " and a.acceptanceDueAt < :now) or (a.state = org.accidenthub.hub.confirmation.ApplicationState"
                    + ".ACCEPTED and a.rulingDueAt < :now))");
        }
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<ConfirmationApplicationRow> items = query(session, "from ConfirmationApplicationRow a"
                    + where + " order by a.firstAppliedAt desc, a.id", caller);
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery(
                    "select count(a) from ConfirmationApplicationRow a" + where, Long.class);
            parameters(count, caller);
            if (caseId != null) {
                items.setParameter("caseId", caseId);
                count.setParameter("caseId", caseId);
            }
            if (Boolean.TRUE.equals(overdue)) {
                items.setParameter("now", now);
                count.setParameter("now", now);
            }
            items.setFirstResult(page * size).setMaxResults(size);
            return items.getResultList().chain(rows -> count.getSingleResult().map(total -> new Page<>(
                    rows.stream().map(row -> ConfirmationView.of(row, courts, now)).toList(), page, size, total)));
        });
    }

    private static Mutiny.SelectionQuery<ConfirmationApplicationRow> query(Mutiny.Session session, String hql,
            Caller caller) {
        Mutiny.SelectionQuery<ConfirmationApplicationRow> query = session.createSelectionQuery(hql,
                ConfirmationApplicationRow.class);
        parameters(query, caller);
        return query;
    }

    private static void parameters(Mutiny.SelectionQuery<?> query, Caller caller) {
        if (caller.orgType() == OrgType.COURT) {
            query.setParameter("scopeOrg", caller.orgCode());
        } else {
            CaseScope.of(caller).parameters().forEach(query::setParameter);
        }
    }

}
