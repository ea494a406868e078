package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.MediationBodies.SessionRequest;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.SessionMode;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The mediator records a session of the open mediation (its minutes in short). A platform's pushed
 * session goes through the same checks and keeps, besides, what its message has beyond the API's
 * request ({@link #record(UUID, SessionRequest, org.accidenthub.schemas.v1.MediationSession, Caller)}).
 */
@ApplicationScoped
class SessionRecording {

    static final int MAX_SUMMARY = 20000;

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    SessionRecording(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Uni<MediationView.SessionView> record(UUID caseId, SessionRequest request, Caller caller) {
        return record(caseId, request, null, caller);
    }

    /**
     * @param pushed the platform's session, or null for the API's: its end, outcome, own id and number and
     *               minutes are kept; a platform session id already recorded for the mediation is 409
     */
    Uni<MediationView.SessionView> record(UUID caseId, SessionRequest request,
            org.accidenthub.schemas.v1.MediationSession pushed, Caller caller) {
        Instant now = clock.now();
        BodyChecks checks = new BodyChecks();
        Instant heldAt = checks.instant("/heldAt", request.heldAt());
        if (heldAt != null && heldAt.isAfter(now)) {
            checks.add("/heldAt", "DATE_IN_FUTURE", "a session is recorded after it was held; heldAt is after now");
        }
        SessionMode mode = request.mode() == null ? null
                : checks.oneOf("/mode", request.mode(), SessionMode.class, null);
        if (request.mode() == null) {
            checks.add("/mode", "REQUIRED", "one of ONLINE_VIDEO, IN_PERSON, PHONE, OTHER");
        }
        String attendees = checks.requiredText("/attendees", request.attendees(), 2000);
        String summary = checks.requiredText("/summary", request.summary(), MAX_SUMMARY);
        checks.throwIfAny();
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = locked.openFor(caller);
            CaseLifecycle.require(locked.kase(), Set.of(CaseState.MEDIATING), "recording a session");
            return notYetRecorded(session, mediation, pushed).chain(() -> session.createSelectionQuery("select count(s) from MediationSession s where s.mediationId = :id",
                            Long.class)
                    .setParameter("id", mediation.id)
                    .getSingleResult()
                    .chain(count -> {
                        MediationSession row = new MediationSession();
                        row.id = UUID.randomUUID();
                        row.mediationId = mediation.id;
                        row.number = count.intValue() + 1;
                        row.heldAt = heldAt;
                        row.mode = mode;
                        row.attendees = attendees;
                        row.summary = summary;
                        row.recordedBy = caller.subject();
                        row.recordedAt = now;
                        keepPlatformFields(row, pushed);
                        return session.persistAll(row, StepEvents.of(locked.kase(),
                                        CaseEventType.MEDIATION_SESSION_RECORDED, caller, now,
                                        MediationRecords.session(mediation, row, caller)))
                                .replaceWith(() -> MediationView.session(row));
                    }));
        }));
    }

    /** The platform's session id is unique per mediation: a second message for it would double the session. */
    private static Uni<Void> notYetRecorded(Mutiny.Session session, Mediation mediation,
            org.accidenthub.schemas.v1.MediationSession pushed) {
        if (pushed == null) {
            return Uni.createFrom().voidItem();
        }
        return session.createSelectionQuery("select count(s) from MediationSession s where s.mediationId = :id"
                        + " and s.platformSessionId = :sessionId", Long.class)
                .setParameter("id", mediation.id)
                .setParameter("sessionId", pushed.getSessionId())
                .getSingleResult()
                .map(count -> {
                    if (count > 0) {
                        throw ProblemException.conflict("session " + pushed.getSessionId() + " is already recorded",
                                List.of(new Problem("/sessionId", "SESSION_ALREADY_RECORDED", "the mediation has a "
                                        + "session with this sessionId; a resend keeps the first messageId")));
                    }
                    return null;
                })
                .replaceWithVoid();
    }

    private static void keepPlatformFields(MediationSession row, org.accidenthub.schemas.v1.MediationSession pushed) {
        if (pushed == null) {
            return;
        }
        row.endedAt = pushed.getEndedAt();
        row.outcome = pushed.getOutcome();
        row.platformSessionId = pushed.getSessionId();
        row.platformSessionNumber = pushed.getSessionNumber();
        AttachmentRef minutes = pushed.getMinutesDocument();
        if (minutes != null) {
            row.minutesName = minutes.getName();
            row.minutesMediaType = minutes.getMediaType();
            row.minutesSha256 = minutes.getSha256();
            row.minutesSize = minutes.getSize();
        }
    }
}
