package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.MediationBodies.AssignmentRequest;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Assigns a case to a mediation organisation: referred by the police unit that owns it, by a court
 * that holds it, or asked for by a party of it. The channel follows from who asks. The case becomes
 * MEDIATING, and the organisation's mediators see it from then on ({@code CaseScope}).
 */
@ApplicationScoped
class MediationAssigning {

    static final int MAX_NOTE = 2000;

    private final Mutiny.SessionFactory sessions;
    private final MediationOrganisations organisations;
    private final HubTime clock;

    MediationAssigning(Mutiny.SessionFactory sessions, MediationOrganisations organisations, HubTime clock) {
        this.sessions = sessions;
        this.organisations = organisations;
        this.clock = clock;
    }

    Uni<MediationReceipt> assign(UUID caseId, AssignmentRequest request, Caller caller) {
        BodyChecks checks = new BodyChecks();
        String code = checks.requiredText("/organisationCode", request.organisationCode(), 64);
        if (code != null && !organisations.organisations().containsKey(code)) {
            checks.add("/organisationCode", "UNKNOWN_ORGANISATION", "no mediation organisation " + code
                    + " is configured; known: " + organisations.organisations().keySet().stream().sorted().toList());
        }
        String note = checks.text("/note", request.note(), MAX_NOTE);
        checks.throwIfAny();
        MediationChannel channel = channel(caller);
        Instant now = clock.now();
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = new Mediation();
            mediation.id = UUID.randomUUID();
            mediation.caseId = caseId;
            mediation.number = locked.mediation() == null ? 1 : locked.mediation().number + 1;
            mediation.organisationCode = code;
            mediation.channel = channel;
            mediation.referredBy = caller.subject();
            mediation.referredByOrgCode = caller.recordedOrgCode(); // never a party's ID number
            mediation.assignedAt = now;
            mediation.state = MediationState.OPEN;
            String reason = channel + " to " + code + (note == null ? "" : ": " + note);
            return CaseLifecycle.move(session, locked.kase(), CaseState.MEDIATING, caller, now, reason)
                    .chain(() -> CaseFacts.load(session, locked.kase()))
                    .chain(facts -> session.persistAll(mediation, StepEvents.of(locked.kase(),
                            CaseEventType.MEDIATION_ASSIGNED, caller, now, MediationRecords.assignment(mediation,
                                    facts, organisations.organisations().get(code).name()))))
                    .replaceWith(() -> MediationReceipt.of(mediation, locked.kase().state));
        }));
    }

    private static MediationChannel channel(Caller caller) {
        if (caller.orgType() == OrgType.POLICE) {
            return MediationChannel.POLICE_REFERRAL;
        }
        if (caller.orgType() == OrgType.COURT) {
            return MediationChannel.COURT_REFERRAL;
        }
        return MediationChannel.PARTY_REQUEST;
    }
}
