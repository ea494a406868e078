package org.accidenthub.hub.compensation.assessments;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseQueries;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.compensation.LockedCase;
import org.accidenthub.hub.problems.StrictJson;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.schemas.v1.VictimLossAssessment;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The loss assessments of a case: one numbered version per change and victim, written with its
 * outbox event under the case's row lock, read within the caller's scope.
 */
@ApplicationScoped
public class CaseAssessments {

    /** What a PUT did. */
    public enum Outcome { CREATED, REVISED, UNCHANGED }

    public record Recorded(AssessmentView view, Outcome outcome) {
    }

    private final Mutiny.SessionFactory sessions;
    private final StrictJson json;
    private final Clock clock;

    CaseAssessments(Mutiny.SessionFactory sessions, StrictJson json, Clock clock) {
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
    }

    /** Records the assessment as the victim's next version, unless it equals the newest one. */
    public Uni<Recorded> record(UUID caseId, String victimRef, AssessmentBody body, Caller caller) {
        return sessions.withTransaction(session -> LockedCase.lock(session, caseId, CaseScope.of(caller))
                .chain(kase -> CaseFacts.load(session, kase))
                .chain(facts -> {
                    CaseParty victim = facts.party(victimRef).orElseThrow(() -> notAParty(victimRef, facts));
                    VictimRole role = VictimRoles.of(victim);
                    AssessmentReader.Read read = AssessmentReader.read(body, victimRef, role, AssessmentPaths::ofPut);
                    if (!read.problems().isEmpty()) {
                        throw ProblemException.invalid(read.problems(), List.of());
                    }
                    String content = json.write(NormalisedAssessment.of(read.assessment(), read.note()));
                    return newest(session, caseId, victimRef).chain(newest -> {
                        if (newest != null && newest.content.equals(content)) {
                            return Uni.createFrom().item(new Recorded(view(newest, victim), Outcome.UNCHANGED));
                        }
                        LossAssessmentRow row = row(caseId, victimRef, newest == null ? 1 : newest.version + 1,
                                content, caller);
                        VictimLossAssessment record = AssessmentRecords.of(row, read.assessment(), read.note(), caller);
                        return session.persistAll(row, event(facts.kase(), caller, row, record))
                                .replaceWith(new Recorded(view(row, victim),
                                        row.version == 1 ? Outcome.CREATED : Outcome.REVISED));
                    });
                }));
    }

    /** The newest version of every victim's assessment, by victim ref; null when the case is out of scope. */
    public Uni<List<AssessmentView>> current(UUID caseId, CaseScope scope) {
        return sessions.withSession(session -> CaseQueries.scoped(session, caseId, scope).chain(kase -> kase == null
                ? Uni.createFrom().nullItem()
                : CaseFacts.load(session, kase).chain(facts -> newest(session, caseId).map(rows -> {
                    Map<String, CaseParty> parties = facts.parties().stream()
                            .collect(Collectors.toMap(p -> p.ref, Function.identity()));
                    return rows.stream().map(row -> view(row, parties.get(row.victimRef))).toList();
                }))));
    }

    /** The newest version of every victim's assessment, by victim ref. */
    public static Uni<List<LossAssessmentRow>> newest(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from LossAssessmentRow a where a.caseId = :caseId and a.version ="
                        + " (select max(b.version) from LossAssessmentRow b where b.caseId = a.caseId"
                        + " and b.victimRef = a.victimRef) order by a.victimRef", LossAssessmentRow.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** The stored assessment, as sent (normalised). */
    public AssessmentBody body(LossAssessmentRow row) {
        return json.readStored(row.content, AssessmentBody.class);
    }

    private static Uni<LossAssessmentRow> newest(Mutiny.Session session, UUID caseId, String victimRef) {
        return session.createSelectionQuery("from LossAssessmentRow a where a.caseId = :caseId"
                        + " and a.victimRef = :victimRef order by a.version desc", LossAssessmentRow.class)
                .setParameter("caseId", caseId)
                .setParameter("victimRef", victimRef)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    private LossAssessmentRow row(UUID caseId, String victimRef, int version, String content, Caller caller) {
        LossAssessmentRow row = new LossAssessmentRow();
        row.id = UUID.randomUUID();
        row.caseId = caseId;
        row.victimRef = victimRef;
        row.version = version;
        row.content = content;
        row.assessedBy = caller.subject();
        row.assessedByOrgType = caller.orgType().name();
        row.assessedByOrgCode = caller.orgCode();
        row.assessedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return row;
    }

    private static Object event(AccidentCase kase, Caller caller, LossAssessmentRow row, VictimLossAssessment record) {
        return CompensationEvents.of(kase, CaseEventType.LOSS_ASSESSMENT_RECORDED, caller, row.assessedAt, record,
                CompensationEvents.encode(record));
    }

    private AssessmentView view(LossAssessmentRow row, CaseParty party) {
        VictimRole role = party == null ? null : VictimRoles.of(party);
        return new AssessmentView(row.caseId.toString(), row.victimRef, row.version,
                role == null ? null : role.kind().name(), role == null ? null : role.occupiedVehicle().orElse(null),
                row.assessedAt, new AssessmentView.AssessedBy(row.assessedByOrgType, row.assessedByOrgCode), body(row));
    }

    private static ProblemException notAParty(String victimRef, CaseFacts facts) {
        return ProblemException.invalid(List.of(new Problem("", "VICTIM_NOT_A_PARTY", "the case has no party "
                + victimRef + "; a victim is assessed under its party ref (" + String.join(", ", facts.partyRefs())
                + ")")), List.of());
    }
}
