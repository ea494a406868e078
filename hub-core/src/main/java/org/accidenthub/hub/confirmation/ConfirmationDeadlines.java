package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.lifecycle.OpenDeadline;
import org.accidenthub.hub.mediation.MediationQueries;
import org.hibernate.reactive.mutiny.Mutiny;

/** The open deadlines of judicial confirmation for a case's timeline: the 30-day window, acceptance, ruling. */
@ApplicationScoped
public class ConfirmationDeadlines {

    private static final String ACCEPTANCE_RULE = "SPC provisions on judicial confirmation (2011): acceptance"
            + " decided within 3 days";

    private final ConfirmationConfig config;

    ConfirmationDeadlines(ConfirmationConfig config) {
        this.config = config;
    }

    public Uni<List<OpenDeadline>> open(Mutiny.Session session, AccidentCase kase, Instant now) {
        return MediationQueries.effective(session, kase.id).chain(agreement -> applications(session, kase.id)
                .map(rows -> {
                    List<OpenDeadline> open = new ArrayList<>();
                    boolean filed = rows.stream().anyMatch(r -> r.filedAt != null && agreement != null
                            && r.agreementId.equals(agreement.id));
                    if (kase.state == CaseState.AGREED && agreement != null && !filed) {
                        Instant due = agreement.effectiveAt.plus(config.applicationWindow());
                        open.add(new OpenDeadline("CONFIRMATION_APPLICATION", "agreement " + agreement.id, due,
                                due.isBefore(now), ConfirmationRules.APPLICATION_WINDOW));
                    }
                    for (ConfirmationApplicationRow row : rows) {
                        if (row.state == ApplicationState.FILED) {
                            open.add(new OpenDeadline("CONFIRMATION_ACCEPTANCE", "application " + row.id,
                                    row.acceptanceDueAt, row.acceptanceDueAt.isBefore(now), ACCEPTANCE_RULE));
                        }
                        if (row.state == ApplicationState.ACCEPTED) {
                            open.add(new OpenDeadline("CONFIRMATION_RULING", "application " + row.id,
                                    row.rulingDueAt, row.rulingDueAt.isBefore(now), ConfirmationRules.ONE_EXTENSION));
                        }
                    }
                    return open;
                }));
    }

    private static Uni<List<ConfirmationApplicationRow>> applications(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from ConfirmationApplicationRow a where a.caseId = :caseId"
                + " order by a.firstAppliedAt", ConfirmationApplicationRow.class).setParameter("caseId", caseId)
                .getResultList();
    }
}
