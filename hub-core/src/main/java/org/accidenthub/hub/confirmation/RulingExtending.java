package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.Person;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The assigned judge extends the ruling deadline by 10 days, once, with the reason
 * ({@link ConfirmationRules#ONE_EXTENSION}); a second extension is refused, and so is one asked for
 * after the deadline passed (the law extends a running period, it does not revive a missed one).
 */
@ApplicationScoped
class RulingExtending {

    private final Mutiny.SessionFactory sessions;
    private final ConfirmationConfig config;
    private final Courts courts;
    private final HubTime clock;

    RulingExtending(Mutiny.SessionFactory sessions, ConfirmationConfig config, Courts courts, HubTime clock) {
        this.sessions = sessions;
        this.config = config;
        this.courts = courts;
        this.clock = clock;
    }

    Uni<ConfirmationView> extend(UUID applicationId, ConfirmationBodies.ExtensionRequest request, Caller judge,
            Person person) {
        BodyChecks checks = new BodyChecks();
        String reason = checks.requiredText("/reason", request.reason(), 2000);
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedApplication.lock(session, applicationId, judge, person.username())
                .chain(locked -> {
                    ConfirmationApplicationRow row = locked.application();
                    if (row.state != ApplicationState.ACCEPTED) {
                        throw ConfirmationRules.wrongState(row, "extending the ruling deadline");
                    }
                    if (row.extendedAt != null) {
                        throw ConfirmationRules.conflict("EXTENSION_ALREADY_USED", "the ruling deadline was extended"
                                + " on " + row.extendedAt + " already; it may be extended only once",
                                ConfirmationRules.ONE_EXTENSION);
                    }
                    if (row.rulingDueAt.isBefore(now)) {
                        throw ConfirmationRules.conflict("RULING_OVERDUE", "the ruling was due at " + row.rulingDueAt
                                + "; a passed deadline cannot be extended", ConfirmationRules.ONE_EXTENSION);
                    }
                    row.extendedAt = now;
                    row.extensionReason = reason;
                    row.rulingDueAt = row.rulingDueAt.plus(config.extension());
                    return session.persist(StepEvents.of(locked.kase(), CaseEventType.CONFIRMATION_RULING_EXTENDED,
                                    judge, now, ConfirmationRecords.acceptance(row, true, reason, row.acceptedAt)))
                            .replaceWith(() -> ConfirmationView.of(row, courts, now));
                }));
    }
}
