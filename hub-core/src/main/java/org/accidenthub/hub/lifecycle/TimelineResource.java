package org.accidenthub.hub.lifecycle;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.claims.ClaimDeadlineList;
import org.accidenthub.hub.confirmation.ConfirmationDeadlines;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.hub.security.CurrentCaller;
import org.accidenthub.hub.security.Roles;
import org.accidenthub.hub.speedtrial.SpeedTrialQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hibernate.reactive.mutiny.Mutiny;

/** {@code GET /api/v1/cases/{caseId}/timeline}: the lifecycle of a case in the caller's scope. */
@Path("/api/v1/cases/{caseId}/timeline")
@Tag(name = "Cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.POLICE, Roles.INSURER, Roles.MEDIATOR, Roles.JUDGE, Roles.PARTY })
public class TimelineResource {

    private final Mutiny.SessionFactory sessions;
    private final ConfirmationDeadlines confirmation;
    private final CurrentCaller caller;
    private final HubTime clock;

    TimelineResource(Mutiny.SessionFactory sessions, ConfirmationDeadlines confirmation, CurrentCaller caller,
            HubTime clock) {
        this.sessions = sessions;
        this.confirmation = confirmation;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The case's transitions (actor, time, reason) and every open deadline, overdue ones flagged")
    @APIResponse(responseCode = "200", description = "the timeline",
            content = @Content(examples = @ExampleObject(name = "confirmation requested", ref = "timelineView")))
    @APIResponse(responseCode = "404", description = "no such case, or outside the caller's organisation")
    public Uni<TimelineView> timeline(@PathParam("caseId") String caseId) {
        UUID id = CaseIds.parse(caseId);
        Caller who = caller.get();
        var now = clock.now();
        return sessions.withSession(session -> CaseQueries.scoped(session, id, CaseScope.of(who)).chain(kase -> {
            if (kase == null) {
                throw ProblemException.notFound("no case " + caseId);
            }
            return session.createSelectionQuery("from CaseTransition t where t.caseId = :id order by t.number",
                            CaseTransition.class)
                    .setParameter("id", id)
                    .getResultList()
                    .chain(transitions -> ClaimDeadlineList.open(session, id, who, now)
                            .chain(claims -> confirmation.open(session, kase, now).chain(court -> SpeedTrialQueries
                                    .open(session, id, now).map(trial -> {
                                List<OpenDeadline> open = new ArrayList<>(claims);
                                open.addAll(court);
                                open.addAll(trial);
                                open.sort(Comparator.comparing(OpenDeadline::dueAt));
                                return new TimelineView(id, kase.state,
                                        transitions.stream().map(TimelineView::of).toList(), open);
                            }))));
        }));
    }
}
