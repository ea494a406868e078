package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.Person;
import org.accidenthub.schemas.v1.AcceptanceDecision;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The assigned judge decides on acceptance (due 3 days after filing; a late decision is still taken —
 * the court is not refused — and stays visible as met late). Accepted: the ruling is due 15 days later.
 * Not accepted: the case becomes CONFIRMATION_REJECTED, open to re-mediation or a lawsuit.
 */
@ApplicationScoped
class AcceptanceDeciding {

    private final Mutiny.SessionFactory sessions;
    private final ConfirmationConfig config;
    private final Courts courts;
    private final HubTime clock;

    AcceptanceDeciding(Mutiny.SessionFactory sessions, ConfirmationConfig config, Courts courts, HubTime clock) {
        this.sessions = sessions;
        this.config = config;
        this.courts = courts;
        this.clock = clock;
    }

    Uni<ConfirmationView> decide(UUID applicationId, ConfirmationBodies.AcceptanceRequest request, Caller judge,
            Person person) {
        BodyChecks checks = new BodyChecks();
        AcceptanceDecision decision = checks.oneOf("/decision", request.decision(), AcceptanceDecision.class, null);
        if (request.decision() == null || decision == AcceptanceDecision.UNKNOWN) {
            checks.add("/decision", "NOT_ALLOWED_VALUE", "ACCEPTED or NOT_ACCEPTED");
        }
        String reason = checks.text("/reason", request.reason(), 2000);
        if (decision == AcceptanceDecision.NOT_ACCEPTED && reason == null) {
            checks.add("/reason", "REQUIRED", "not accepting an application needs the reason");
        }
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedApplication.lock(session, applicationId, judge, person.username())
                .chain(locked -> {
                    ConfirmationApplicationRow row = locked.application();
                    if (row.state != ApplicationState.FILED) {
                        throw ConfirmationRules.wrongState(row, "deciding on acceptance");
                    }
                    boolean accepted = decision == AcceptanceDecision.ACCEPTED;
                    row.acceptedAt = now;
                    row.judgeName = person.name();
                    Uni<?> moved;
                    if (accepted) {
                        row.state = ApplicationState.ACCEPTED;
                        row.rulingDueAt = now.plus(config.ruling());
                        moved = Uni.createFrom().voidItem();
                    } else {
                        row.state = ApplicationState.NOT_ACCEPTED;
                        row.rulingReasons = reason;
                        moved = CaseLifecycle.move(session, locked.kase(), CaseState.CONFIRMATION_REJECTED, judge, now,
                                "court " + row.courtCode + " did not accept the application: " + reason);
                    }
                    return moved.chain(() -> session.persist(StepEvents.of(locked.kase(),
                                    CaseEventType.CONFIRMATION_ACCEPTANCE_DECIDED, judge, now,
                                    ConfirmationRecords.acceptance(row, accepted, reason, now))))
                            .replaceWith(() -> ConfirmationView.of(row, courts, now));
                }));
    }
}
