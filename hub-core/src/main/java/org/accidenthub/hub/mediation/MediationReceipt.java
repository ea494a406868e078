package org.accidenthub.hub.mediation;

import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseState;

/** The answer to an assignment or a failure: the mediation and where the case stands now. */
public record MediationReceipt(UUID mediationId, int number, String organisationCode, MediationChannel channel,
        MediationState state, Instant assignedAt, String failureReason, CaseState caseState) {

    static MediationReceipt of(Mediation m, CaseState caseState) {
        return new MediationReceipt(m.id, m.number, m.organisationCode, m.channel, m.state, m.assignedAt,
                m.failureReason, caseState);
    }
}
