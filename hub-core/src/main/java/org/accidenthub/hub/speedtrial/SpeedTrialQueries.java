package org.accidenthub.hub.speedtrial;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.lifecycle.OpenDeadline;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.OrgType;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of filings: a judge sees their court's; others the filings of the cases in their scope. */
@ApplicationScoped
public class SpeedTrialQueries {

    static final String RULE = "Civil Procedure Law: small claims judged within 2 months of filing, the simplified"
            + " procedure within 3";

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    SpeedTrialQueries(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Uni<SpeedTrialView> find(UUID filingId, Caller caller) {
        Instant now = clock.now();
        boolean court = caller.orgType() == OrgType.COURT;
        String visible = court ? "f.courtCode = :scopeOrg" : "exists (select c.id from AccidentCase c where c.id ="
                + " f.caseId and " + CaseScope.of(caller).predicate() + ")";
        return sessions.withSession(session -> {
            Mutiny.SelectionQuery<SpeedTrialFilingRow> query = session.createSelectionQuery(
                    "from SpeedTrialFilingRow f where f.id = :id and " + visible, SpeedTrialFilingRow.class);
            query.setParameter("id", filingId);
            if (court) {
                query.setParameter("scopeOrg", caller.orgCode());
            } else {
                CaseScope.of(caller).parameters().forEach(query::setParameter);
            }
            return query.getSingleResultOrNull().chain(row -> row == null ? Uni.createFrom().nullItem()
                    : session.createSelectionQuery("from SpeedTrialAmount a where a.filingId = :id order by a.position",
                                    SpeedTrialAmount.class).setParameter("id", row.id).getResultList()
                            .map(amounts -> SpeedTrialView.of(row, amounts, now)));
        });
    }

    /** The open judgment deadlines of a case, for its timeline. */
    public static Uni<List<OpenDeadline>> open(Mutiny.Session session, UUID caseId, Instant now) {
        return session.createSelectionQuery("from SpeedTrialFilingRow f where f.caseId = :id and f.state = 'FILED'",
                        SpeedTrialFilingRow.class).setParameter("id", caseId).getResultList()
                .map(rows -> {
                    List<OpenDeadline> open = new ArrayList<>();
                    for (SpeedTrialFilingRow row : rows) {
                        open.add(new OpenDeadline("SPEED_TRIAL_JUDGMENT", "filing " + row.id + " " + row.caseNumber,
                                row.judgmentDueAt, row.judgmentDueAt.isBefore(now), RULE));
                    }
                    return open;
                });
    }
}
