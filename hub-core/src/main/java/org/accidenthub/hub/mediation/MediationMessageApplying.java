package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.CaseIds;
import org.accidenthub.hub.mediation.MediationBodies.FailureRequest;
import org.accidenthub.hub.mediation.MediationBodies.SessionRequest;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.problems.ProblemPaths;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationSession;
import org.apache.avro.specific.SpecificRecord;

/**
 * Applies a mediation platform's message, already read into its canonical record, through the same
 * services as the mediator API ({@link SessionRecording}, {@link MediationFailing}, and for an agreement
 * {@link AgreementMessageApplying}): the record becomes the API's request and the service's answer becomes
 * the message's. A 422 of a service names the API's field, so its path is moved to the message's field
 * (/heldAt → /startedAt).
 */
@ApplicationScoped
class MediationMessageApplying {

    private static final Map<String, String> SESSION_PATHS = Map.of("/heldAt", "/startedAt", "/mode", "/mode",
            "/attendees", "/attendees", "/summary", "/summary");
    private static final Map<String, String> FAILURE_PATHS = Map.of("/reason", "/reason", "/detail", "/detail");

    private final SessionRecording sessions;
    private final MediationFailing failing;
    private final AgreementMessageApplying agreements;
    private final MediationQueries queries;

    MediationMessageApplying(SessionRecording sessions, MediationFailing failing, AgreementMessageApplying agreements,
            MediationQueries queries) {
        this.sessions = sessions;
        this.failing = failing;
        this.agreements = agreements;
        this.queries = queries;
    }

    Uni<MediationMessageReceipt> apply(SpecificRecord message, List<Problem> warnings, Caller caller) {
        if (message instanceof MediationSession session) {
            UUID caseId = CaseIds.parse(session.getCaseId());
            SessionRequest request = new SessionRequest(session.getStartedAt().toString(), session.getMode().name(),
                    attendees(session.getAttendees()), summary(session));
            return ofMediation(caseId, session.getMediationId(), caller)
                    .chain(mediationId -> ProblemPaths.relocated(sessions.record(caseId, request, session, caller),
                                    SESSION_PATHS)
                            .map(view -> new MediationMessageReceipt(session.getMessageId(), "SESSION", caseId,
                                    mediationId, warnings, view)));
        }
        if (message instanceof MediationAgreement agreement) {
            UUID caseId = CaseIds.parse(agreement.getCaseId());
            return ofMediation(caseId, agreement.getMediationId(), caller)
                    .chain(mediationId -> agreements.apply(agreement, warnings, caseId, mediationId, caller));
        }
        MediationFailure failure = (MediationFailure) message;
        UUID caseId = CaseIds.parse(failure.getCaseId());
        FailureRequest request = new FailureRequest(failure.getReason().name(), failure.getDetail());
        return ofMediation(caseId, failure.getMediationId(), caller)
                .chain(mediationId -> ProblemPaths.relocated(failing.fail(caseId, request, caller), FAILURE_PATHS)
                        .map(receipt -> new MediationMessageReceipt(failure.getMessageId(), "FAILURE", caseId,
                                mediationId, warnings, receipt)));
    }

    /**
     * The message's mediation must be the case's latest one in the caller's scope: a case out of scope
     * (another organisation's mediation) and a mediationId that is not the case's are both 404.
     */
    private Uni<UUID> ofMediation(UUID caseId, String mediationId, Caller caller) {
        return queries.latest(caseId, CaseScope.of(caller)).map(view -> {
            if (view == null || !view.mediationId().toString().equals(mediationId)) {
                throw ProblemException.notFound("no mediation " + mediationId + " of case " + caseId);
            }
            return view.mediationId();
        });
    }

    /** The API keeps attendees as text: the names, with each one's ref or insurer code. */
    private static String attendees(List<DisputeParty> parties) {
        if (parties == null || parties.isEmpty()) {
            return "(none named by the platform)";
        }
        return parties.stream()
                .map(p -> p.getName() + " (" + (p.getPartyRef() != null ? p.getPartyRef() : p.getInsurerCode()) + ")")
                .collect(Collectors.joining(", "));
    }

    /** The API requires a summary; the message's is optional, so its outcome always leads it. */
    private static String summary(MediationSession session) {
        String head = "session " + session.getSessionNumber() + " (" + session.getSessionId() + "), outcome "
                + session.getOutcome();
        return session.getSummary() == null ? head : head + ": " + session.getSummary();
    }
}
