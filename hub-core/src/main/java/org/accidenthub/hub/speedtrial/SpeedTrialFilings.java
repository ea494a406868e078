package org.accidenthub.hub.speedtrial;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.confirmation.CourtCaseNumbers;
import org.accidenthub.hub.confirmation.Courts;
import org.accidenthub.hub.confirmation.JudgeDraw;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.CaseFiles;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.schemas.v1.SpeedTrialFiling;
import org.accidenthub.schemas.v1.TrialProcedure;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A party files the case for a speed trial once mediation failed or confirmation was rejected
 * (Civil Procedure Law art. 206: then they may sue). The hub assembles the filing package
 * ({@link SpeedTrialPackage}), takes the court's next first-instance number, draws a judge, and starts
 * the 2 (small claims) or 3 (simplified) months for the judgment; the case becomes LITIGATION_FILED.
 */
@ApplicationScoped
class SpeedTrialFilings {

    private final Mutiny.SessionFactory sessions;
    private final Courts courts;
    private final JudgeDraw draw;
    private final SpeedTrialConfig config;
    private final HubTime clock;

    SpeedTrialFilings(Mutiny.SessionFactory sessions, Courts courts, JudgeDraw draw, SpeedTrialConfig config,
            HubTime clock) {
        this.sessions = sessions;
        this.courts = courts;
        this.draw = draw;
        this.config = config;
        this.clock = clock;
    }

    Uni<SpeedTrialView> file(UUID caseId, SpeedTrialBodies.FilingRequest request, Caller caller) {
        BodyChecks checks = new BodyChecks();
        String court = checks.requiredText("/courtCode", request.courtCode(), 16);
        if (court != null && courts.court(court).isEmpty()) {
            checks.add("/courtCode", "UNKNOWN_COURT", "no court " + court + " is configured; known: "
                    + courts.courts().keySet().stream().sorted().toList());
        }
        TrialProcedure procedure = checks.oneOf("/procedure", request.procedure(), TrialProcedure.class, null);
        if (request.procedure() == null || procedure == TrialProcedure.OTHER) {
            checks.add("/procedure", "NOT_ALLOWED_VALUE", "SMALL_CLAIMS or SIMPLIFIED");
        }
        checks.throwIfAny();
        Instant now = clock.now();
        LocalDate today = clock.today();
        return sessions.withTransaction(session -> LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> CaseFacts.load(session, kase).chain(facts -> {
                    CaseParty plaintiff = facts.parties().stream()
                            .filter(p -> "RESIDENT_ID".equals(p.idType) && p.idNumber.equals(caller.orgCode()))
                            .findFirst()
                            .orElseThrow(() -> ProblemException.forbidden("the caller is not a party of the case"));
                    CaseLifecycle.require(kase, java.util.Set.of(CaseState.MEDIATION_FAILED,
                            CaseState.CONFIRMATION_REJECTED), "filing for a speed trial");
                    Courts.Court details = courts.court(court).orElseThrow();
                    return CaseFiles.load(session, kase, facts)
                            .chain(contents -> CourtCaseNumbers.next(session, court, today.getYear(),
                                            CourtCaseNumbers.FIRST_INSTANCE)
                                    .chain(number -> {
                                        SpeedTrialFilingRow row = new SpeedTrialFilingRow();
                                        row.id = UUID.randomUUID();
                                        row.caseId = caseId;
                                        row.courtCode = court;
                                        row.procedure = procedure;
                                        row.filedBy = caller.subject();
                                        row.filedByPartyRef = plaintiff.ref;
                                        row.filedAt = now;
                                        row.judge = draw.among(details.judges());
                                        row.caseNumber = CourtCaseNumbers.format(details.firstInstanceNumber(),
                                                today.getYear(), number);
                                        int months = procedure == TrialProcedure.SMALL_CLAIMS
                                                ? config.smallClaimsMonths() : config.simplifiedMonths();
                                        row.judgmentDueAt = now.atZone(CaseFacts.ACCIDENT_ZONE).plusMonths(months)
                                                .toInstant();
                                        row.state = "FILED";
                                        SpeedTrialFiling record = SpeedTrialPackage.of(row, details.name(),
                                                plaintiff.ref, contents);
                                        row.canonicalFiling = CompensationEvents.encode(record);
                                        return CaseLifecycle.move(session, kase, CaseState.LITIGATION_FILED, caller,
                                                        now, "speed trial " + row.caseNumber + " filed by "
                                                                + plaintiff.ref + " with court " + court)
                                                .chain(() -> session.persistAll(row, StepEvents.of(kase,
                                                        CaseEventType.SPEED_TRIAL_FILED, caller, now, record)))
                                                .replaceWith(() -> SpeedTrialView.of(row, List.of(), now));
                                    }));
                })));
    }
}
