package org.accidenthub.hub.mediation;

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
import org.accidenthub.hub.mediation.MediationBodies.FailureRequest;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The mediator ends a mediation that cannot succeed, with the reason (People's Mediation Law
 * art. 26: 调解不成的，应当终止调解, and tell the parties they may sue or arbitrate). The case becomes
 * MEDIATION_FAILED: mediated again, filed for a speed trial, or referred to arbitration.
 */
@ApplicationScoped
class MediationFailing {

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    MediationFailing(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Uni<MediationReceipt> fail(UUID caseId, FailureRequest request, Caller caller) {
        BodyChecks checks = new BodyChecks();
        MediationFailureReason reason = checks.oneOf("/reason", request.reason(), MediationFailureReason.class, null);
        if (request.reason() == null) {
            checks.add("/reason", "REQUIRED", "a reason is required, e.g. NO_AGREEMENT_ON_AMOUNT");
        }
        String detail = checks.text("/detail", request.detail(), 2000);
        if (reason == MediationFailureReason.OTHER && detail == null) {
            checks.add("/detail", "REQUIRED", "reason OTHER needs a detail saying what it was");
        }
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = locked.openFor(caller);
            String text = reason + (detail == null ? "" : ": " + detail);
            return CaseLifecycle.move(session, locked.kase(), CaseState.MEDIATION_FAILED, caller, now,
                            "mediation " + mediation.number + " failed: " + text)
                    .chain(() -> {
                        mediation.state = MediationState.FAILED;
                        mediation.failureReason = text;
                        mediation.endedAt = now;
                        return session.createMutationQuery("update Agreement a set a.state = :superseded"
                                        + " where a.mediationId = :id and a.state = :draft")
                                .setParameter("superseded", AgreementState.SUPERSEDED)
                                .setParameter("draft", AgreementState.DRAFT)
                                .setParameter("id", mediation.id)
                                .executeUpdate();
                    })
                    .chain(() -> session.persist(StepEvents.of(locked.kase(), CaseEventType.MEDIATION_FAILED, caller,
                            now, MediationRecords.failure(mediation, reason, detail, caller))))
                    .replaceWith(() -> MediationReceipt.of(mediation, locked.kase().state));
        }));
    }
}
