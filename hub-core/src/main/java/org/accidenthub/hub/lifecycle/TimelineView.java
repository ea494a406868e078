package org.accidenthub.hub.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseState;

/**
 * A case's history and what is due: every transition with actor, time and reason, oldest first, and
 * every deadline still open (claims, confirmation, trial), soonest first, overdue ones flagged.
 */
public record TimelineView(UUID caseId, CaseState state, List<TransitionView> transitions,
        List<OpenDeadline> openDeadlines) {

    public record TransitionView(int number, CaseState from, CaseState to, Instant at, Actor actor, String reason) {
    }

    public record Actor(String subject, String orgType, String orgCode) {
    }

    static TransitionView of(CaseTransition t) {
        return new TransitionView(t.number, t.fromState, t.toState, t.at,
                new Actor(t.actorSubject, t.actorOrgType, t.actorOrgCode), t.reason);
    }
}
