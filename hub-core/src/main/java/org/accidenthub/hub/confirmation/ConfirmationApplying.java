package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.Agreement;
import org.accidenthub.hub.mediation.MediationQueries;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The parties apply for judicial confirmation of the agreement in effect, jointly: each party applies
 * with their own account, naming the same court, and the application is filed when every party of the
 * case has — within 30 days of the agreement taking effect ({@link ConfirmationRules#APPLICATION_WINDOW}),
 * else refused. Filing assigns one of the court's judges at random and starts the 3 days for acceptance;
 * the case becomes CONFIRMATION_REQUESTED. A party applying again is a retry.
 */
@ApplicationScoped
class ConfirmationApplying {

    private final Mutiny.SessionFactory sessions;
    private final Courts courts;
    private final ConfirmationConfig config;
    private final JudgeDraw draw;
    private final HubTime clock;

    ConfirmationApplying(Mutiny.SessionFactory sessions, Courts courts, ConfirmationConfig config, JudgeDraw draw,
            HubTime clock) {
        this.sessions = sessions;
        this.courts = courts;
        this.config = config;
        this.draw = draw;
        this.clock = clock;
    }

    /** What applying answered: the application, and whether this call changed it. */
    record Applied(boolean changed, ConfirmationView application) {
    }

    Uni<Applied> apply(UUID caseId, ConfirmationBodies.ApplicationRequest request, Caller caller) {
        BodyChecks checks = new BodyChecks();
        String court = checks.requiredText("/courtCode", request.courtCode(), 16);
        if (court != null && courts.court(court).isEmpty()) {
            checks.add("/courtCode", "UNKNOWN_COURT", "no court " + court + " is configured; known: "
                    + courts.courts().keySet().stream().sorted().toList());
        }
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> CaseFacts.load(session, kase).chain(facts -> MediationQueries.effective(session, caseId)
                        .chain(agreement -> existing(session, agreement).chain(row -> {
                            CaseParty party = applicant(facts, caller);
                            if (row != null && Applicants.parse(row.applicants).containsKey(party.ref)) {
                                requireSameCourt(row, court);
                                return Uni.createFrom().item(new Applied(false, view(row, now)));
                            }
                            CaseLifecycle.require(kase, java.util.Set.of(CaseState.AGREED),
                                    "applying for judicial confirmation");
                            if (agreement == null) {
                                throw ProblemException.conflict("the case has no agreement in effect");
                            }
                            Instant due = agreement.effectiveAt.plus(config.applicationWindow());
                            if (now.isAfter(due)) {
                                throw ConfirmationRules.conflict("APPLICATION_TOO_LATE", "the agreement took effect at "
                                        + agreement.effectiveAt + "; the joint application was due by " + due
                                        + " and can no longer be made", ConfirmationRules.APPLICATION_WINDOW);
                            }
                            return record(session, kase, facts, agreement, row, party, court, caller, now);
                        })))));
    }

    private Uni<Applied> record(Mutiny.Session session, AccidentCase kase, CaseFacts facts, Agreement agreement,
            ConfirmationApplicationRow existing, CaseParty party, String court, Caller caller, Instant now) {
        ConfirmationApplicationRow row = existing;
        if (row == null) {
            row = new ConfirmationApplicationRow();
            row.id = UUID.randomUUID();
            row.caseId = kase.id;
            row.agreementId = agreement.id;
            row.courtCode = court;
            row.applicants = "";
            row.firstAppliedAt = now;
            row.state = ApplicationState.AWAITING_PARTIES;
        }
        requireSameCourt(row, court);
        Map<String, Instant> applied = Applicants.parse(row.applicants);
        applied.put(party.ref, now);
        row.applicants = Applicants.format(applied);
        boolean joint = applied.keySet().containsAll(facts.partyRefs());
        Uni<?> persisted = existing == null ? session.persist(row) : Uni.createFrom().voidItem();
        if (!joint) {
            ConfirmationApplicationRow awaiting = row;
            return persisted.replaceWith(() -> new Applied(true, view(awaiting, now)));
        }
        Courts.Court details = courts.court(court).orElseThrow();
        row.state = ApplicationState.FILED;
        row.filedAt = now;
        row.judge = draw.among(details.judges());
        row.acceptanceDueAt = now.plus(config.acceptance());
        ConfirmationApplicationRow filed = row;
        return persisted
                .chain(() -> CaseLifecycle.move(session, kase, CaseState.CONFIRMATION_REQUESTED, caller, now,
                        "joint application filed with court " + court + ", assigned to " + filed.judge))
                .chain(() -> session.persist(StepEvents.of(kase, CaseEventType.CONFIRMATION_REQUESTED, caller, now,
                        ConfirmationRecords.application(filed, agreement, details.name(), facts.parties()))))
                .replaceWith(() -> new Applied(true, view(filed, now)));
    }

    /** The party the caller is: the case party whose resident ID number is the token's org_code. */
    private static CaseParty applicant(CaseFacts facts, Caller caller) {
        return facts.parties().stream()
                .filter(p -> "RESIDENT_ID".equals(p.idType) && p.idNumber.equals(caller.orgCode()))
                .findFirst()
                .orElseThrow(() -> ProblemException.forbidden("the caller is not a party of the case"));
    }

    private static void requireSameCourt(ConfirmationApplicationRow row, String court) {
        if (!row.courtCode.equals(court)) {
            throw ConfirmationRules.conflict("OTHER_COURT", "the application is made to court " + row.courtCode
                    + ", not " + court, "a joint application names one court, the same for every party");
        }
    }

    private static Uni<ConfirmationApplicationRow> existing(Mutiny.Session session, Agreement agreement) {
        if (agreement == null) {
            return Uni.createFrom().nullItem();
        }
        return session.createSelectionQuery("from ConfirmationApplicationRow a where a.agreementId = :id",
                ConfirmationApplicationRow.class).setParameter("id", agreement.id).getSingleResultOrNull();
    }

    private ConfirmationView view(ConfirmationApplicationRow row, Instant now) {
        return ConfirmationView.of(row, courts, now);
    }
}
