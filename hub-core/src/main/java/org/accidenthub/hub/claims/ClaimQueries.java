package org.accidenthub.hub.claims;

import org.accidenthub.hub.time.HubTime;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.cases.CaseVehicle;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of claims. Every query carries the caller's {@link ClaimScope}. */
@ApplicationScoped
class ClaimQueries {

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    ClaimQueries(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Uni<Page<ClaimSummary>> page(ClaimSearch search, ClaimScope scope) {
        StringBuilder where = new StringBuilder(" where ").append(scope.predicate());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        if (search.state() != null) {
            where.append(" and c.state = :state");
            parameters.put("state", search.state());
        }
        if (search.caseId() != null) {
            where.append(" and c.caseId = :caseId");
            parameters.put("caseId", search.caseId());
        }
        if (search.overdue() != null) {
            where.append(search.overdue() ? " and " : " and not ").append(ClaimDeadlines.OPEN_BREACH);
        }
        String items = "select c, k.reportNumber, k.occurredAt from Claim c join AccidentCase k on k.id = c.caseId"
                + where + " order by c.openedAt desc, c.id";
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<Object[]> page = session.createSelectionQuery(items, Object[].class)
                    .setFirstResult(search.page() * search.size())
                    .setMaxResults(search.size());
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery("select count(c) from Claim c" + where,
                    Long.class);
            parameters.forEach(page::setParameter);
            parameters.forEach(count::setParameter);
            return page.getResultList().chain(rows -> overdueAmong(session, rows).chain(overdue -> count
                    .getSingleResult()
                    .map(total -> new Page<>(rows.stream().map(row -> summary(row, overdue)).toList(),
                            search.page(), search.size(), total))));
        });
    }

    /** The claim, or null when it does not exist or lies outside the scope. */
    Uni<ClaimView> find(UUID claimId, ClaimScope scope) {
        Instant now = clock.now();
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<Claim> query = session.createSelectionQuery(
                    "from Claim c where c.id = :claimId and " + scope.predicate(), Claim.class);
            query.setParameter("claimId", claimId);
            scope.parameters().forEach(query::setParameter);
            return query.getSingleResultOrNull().chain(claim -> claim == null ? Uni.createFrom().nullItem()
                    : records(session, claim).map(records -> ClaimViews.of(records, now)));
        });
    }

    /** The claims of a case the caller may see, oldest first; null when the case lies outside {@code caseScope}. */
    Uni<List<ClaimView>> ofCase(UUID caseId, CaseScope caseScope, ClaimScope scope) {
        Instant now = clock.now();
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, caseScope).chain(kase -> {
            if (kase == null) {
                return Uni.createFrom().nullItem();
            }
            Mutiny.SelectionQuery<Claim> query = session.createSelectionQuery("from Claim c where c.caseId = :caseId and "
                    + scope.predicate() + " order by c.openedAt, c.victimRef, c.insurerCode", Claim.class);
            query.setParameter("caseId", caseId);
            scope.parameters().forEach(query::setParameter);
            return query.getResultList().chain(claims -> Multi.createFrom().iterable(claims)
                    .onItem().transformToUniAndConcatenate(claim -> records(session, claim))
                    .map(records -> ClaimViews.of(records, now))
                    .collect().asList());
        }));
    }

    /** One query after the other: a reactive session runs one operation at a time. */
    private static Uni<ClaimRecords> records(Mutiny.Session session, Claim claim) {
        Loaded loaded = new Loaded();
        return session.find(AccidentCase.class, claim.caseId).invoke(found -> loaded.kase = found)
                .chain(() -> rows(session, CaseParty.class, "caseId", claim.caseId, "position"))
                .invoke(found -> loaded.parties = found)
                .chain(() -> rows(session, CaseVehicle.class, "caseId", claim.caseId, "position"))
                .invoke(found -> loaded.vehicles = found)
                .chain(() -> rows(session, Cover.class, "claimId", claim.id, "position"))
                .invoke(found -> loaded.covers = found)
                .chain(() -> rows(session, CoverVerification.class, "claimId", claim.id, "verifiedAt"))
                .invoke(found -> loaded.verifications = found)
                .chain(() -> rows(session, Offer.class, "claimId", claim.id, "number"))
                .invoke(found -> loaded.offers = found)
                .chain(() -> rows(session, Payment.class, "claimId", claim.id, "recordedAt"))
                .invoke(found -> loaded.payments = found)
                .chain(() -> rows(session, DeadlineBreach.class, "claimId", claim.id, "detectedAt"))
                .map(breaches -> new ClaimRecords(claim, loaded.kase, loaded.parties, loaded.vehicles, loaded.covers,
                        loaded.verifications, loaded.offers, loaded.payments, breaches));
    }

    /** What {@link #records} has read so far. */
    private static final class Loaded {
        AccidentCase kase;
        List<CaseParty> parties;
        List<CaseVehicle> vehicles;
        List<Cover> covers;
        List<CoverVerification> verifications;
        List<Offer> offers;
        List<Payment> payments;
    }

    private static <T> Uni<List<T>> rows(Mutiny.Session session, Class<T> type, String key, UUID id, String order) {
        return session.createSelectionQuery("from " + type.getSimpleName() + " where " + key + " = :id order by "
                + order + ", id", type).setParameter("id", id).getResultList();
    }

    private static Uni<Set<UUID>> overdueAmong(Mutiny.Session session, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return session.createSelectionQuery("select c.id from Claim c where c.id in :ids and "
                        + ClaimDeadlines.OPEN_BREACH, UUID.class)
                .setParameter("ids", rows.stream().map(row -> ((Claim) row[0]).id).toList())
                .getResultList()
                .map(Set::copyOf);
    }

    private static ClaimSummary summary(Object[] row, Set<UUID> overdue) {
        Claim c = (Claim) row[0];
        return new ClaimSummary(c.id, c.caseId, (String) row[1], (Instant) row[2], c.insurerCode, c.victimRef,
                c.victimName, c.state, c.openedAt, c.decisionDueAt, Money.format(c.paidTotal), overdue.contains(c.id));
    }
}
