package org.accidenthub.hub.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.problems.QueryParameters.Paging;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of the audit trail, newest first. */
@ApplicationScoped
public class AuditQueries {

    private final Mutiny.SessionFactory sessions;

    AuditQueries(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The operator's search over the whole trail. */
    public Uni<Page<AuditEventView>> search(AuditSearch search) {
        StringBuilder where = new StringBuilder(" from AuditEvent e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.caseId() != null) {
            where.append(" and e.caseId = :caseId");
            parameters.put("caseId", search.caseId());
        }
        if (search.subject() != null) {
            where.append(" and e.subject = :subject");
            parameters.put("subject", search.subject());
        }
        if (search.from() != null) {
            where.append(" and e.answeredAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            where.append(" and e.answeredAt <= :to");
            parameters.put("to", search.to());
        }
        return sessions.withSession(session -> page(session, where.toString(), parameters, search.page(),
                search.size()));
    }

    /**
     * The trail of one case, or null when the case does not exist or lies outside the scope: the
     * same scoped lookup as every case read, so the answer is 404 exactly when reading the case is.
     */
    public Uni<Page<AuditEventView>> ofCase(UUID caseId, CaseScope scope, Paging paging) {
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, scope)
                .chain(found -> found == null ? Uni.createFrom().nullItem()
                        : page(session, " from AuditEvent e where e.caseId = :caseId", Map.of("caseId", caseId),
                                paging.page(), paging.size())));
    }

    private static Uni<Page<AuditEventView>> page(Mutiny.Session session, String where, Map<String, Object> parameters,
            int page, int size) {
        Mutiny.SelectionQuery<AuditEvent> items = session.createSelectionQuery(where + " order by e.id desc",
                AuditEvent.class).setFirstResult(page * size).setMaxResults(size);
        Mutiny.SelectionQuery<Long> count = session.createSelectionQuery("select count(e)" + where, Long.class);
        parameters.forEach(items::setParameter);
        parameters.forEach(count::setParameter);
        return items.getResultList().chain(found -> count.getSingleResult()
                .map(total -> new Page<>(views(found), page, size, total)));
    }

    private static List<AuditEventView> views(List<AuditEvent> events) {
        return events.stream().map(AuditEventView::of).toList();
    }
}
