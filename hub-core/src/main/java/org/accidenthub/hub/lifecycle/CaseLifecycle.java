package org.accidenthub.hub.lifecycle;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one way a case changes state after intake (domain reference §3): guarded by
 * {@link CaseTransitions}, recorded as a {@link CaseTransition} with actor, time and reason in the
 * transaction of the change. The caller holds the case's row lock (so the numbering is gap-free and
 * two racing steps cannot both pass the guard).
 */
public final class CaseLifecycle {

    /** The problem code of an illegal transition (docs/MEDIATION-AND-CONFIRMATION.md). */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

    private CaseLifecycle() {
    }

    /** Moves {@code kase} to {@code to}; 409 when its state does not allow that. */
    public static Uni<CaseTransition> move(Mutiny.Session session, AccidentCase kase, CaseState to, Caller actor,
            Instant at, String reason) {
        if (!CaseTransitions.allowed(kase.state, to)) {
            return Uni.createFrom().failure(illegal(kase, to));
        }
        CaseState from = kase.state;
        kase.state = to;
        kase.updatedAt = at;
        return record(session, kase.id, List.of(new Step(from, to)), actor, at, reason)
                .map(rows -> rows.get(0));
    }

    /** 409 unless the case is in one of {@code states}: for steps that need a state but do not change it. */
    public static void require(AccidentCase kase, Set<CaseState> states, String action) {
        if (!states.contains(kase.state)) {
            throw ProblemException.conflict("the case is " + kase.state + ": " + action + " needs it to be one of "
                    + states.stream().sorted().toList(), List.of(new Problem("", ILLEGAL_TRANSITION,
                            action + " is not allowed while the case is " + kase.state)));
        }
    }

    /**
     * What police intake did to the state of a case (it sets the intake states itself: the file
     * decides them), recorded step by step: {@code before} null for a new case.
     */
    public static Uni<Void> recordIntake(Mutiny.Session session, AccidentCase kase, CaseState before, Caller actor,
            Instant at, String reason) {
        if (before == kase.state) {
            return Uni.createFrom().voidItem();
        }
        List<Step> steps = new ArrayList<>();
        if (before != null && kase.state.ordinal() < before.ordinal()) {
            // a revision withdrew the finding: recorded as it happened, not guarded (the file decides)
            steps.add(new Step(before, kase.state));
        }
        CaseState from = before;
        for (CaseState state : List.of(CaseState.REPORTED, CaseState.LIABILITY_DETERMINED, CaseState.CLAIMS_OPEN)) {
            boolean passed = before != null && state.ordinal() <= before.ordinal();
            if (!passed && state.ordinal() <= kase.state.ordinal()) {
                steps.add(new Step(from, state));
                from = state;
            }
        }
        if (steps.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (before == null) { // a case created in this transaction has no transitions yet: nothing to ask
            return session.persistAll(rows(kase.id, 0, steps, actor, at, reason).toArray());
        }
        return record(session, kase.id, steps, actor, at, reason).replaceWithVoid();
    }

    private static ProblemException illegal(AccidentCase kase, CaseState to) {
        return ProblemException.conflict("the case is " + kase.state + " and cannot become " + to + "; from "
                + kase.state + " it may become " + CaseTransitions.after(kase.state).stream().sorted().toList(),
                List.of(new Problem("", ILLEGAL_TRANSITION, kase.state + " → " + to + " is not a transition of the"
                        + " case lifecycle")));
    }

    private static Uni<List<CaseTransition>> record(Mutiny.Session session, UUID caseId, List<Step> steps,
            Caller actor, Instant at, String reason) {
        return session.createSelectionQuery("select max(t.number) from CaseTransition t where t.caseId = :caseId",
                        Integer.class)
                .setParameter("caseId", caseId)
                .getSingleResultOrNull()
                .chain(last -> {
                    List<CaseTransition> rows = rows(caseId, last == null ? 0 : last, steps, actor, at, reason);
                    return session.persistAll(rows.toArray()).replaceWith(rows);
                });
    }

    /** The transitions' rows, numbered on from the case's last one. */
    private static List<CaseTransition> rows(UUID caseId, int last, List<Step> steps, Caller actor, Instant at,
            String reason) {
        int number = last;
        List<CaseTransition> rows = new ArrayList<>();
        for (Step step : steps) {
            CaseTransition row = new CaseTransition();
            row.id = UUID.randomUUID();
            row.caseId = caseId;
            row.number = ++number;
            row.fromState = step.from();
            row.toState = step.to();
            row.reason = reason;
            row.actorSubject = actor.subject();
            row.actorOrgType = actor.orgType().name();
            row.actorOrgCode = actor.recordedOrgCode(); // never a party's ID number
            row.at = at;
            rows.add(row);
        }
        return rows;
    }

    private record Step(CaseState from, CaseState to) {
    }
}
