package org.accidenthub.hub.confirmation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A judicial-confirmation application as the API shows it, with its deadlines and whether each is
 * overdue at the clock's now (an overdue acceptance or ruling is flagged, never silently passed).
 * {@code judge} is the assigned account; {@code judgeName} the name the judge signs with, from their
 * token once they accepted or ruled (null before).
 */
public record ConfirmationView(UUID applicationId, UUID caseId, UUID agreementId, String courtCode, String courtName,
        ApplicationState state, List<Applicant> applicants, Instant filedAt, String judge, String judgeName,
        Instant acceptanceDueAt,
        boolean acceptanceOverdue, Instant acceptedAt, Instant rulingDueAt, boolean rulingOverdue, Extension extension,
        Instant ruledAt, String caseNumber, List<String> reasons, String rulingDocument) {

    public record Applicant(String partyRef, Instant appliedAt) {
    }

    public record Extension(Instant grantedAt, String reason) {
    }

    static ConfirmationView of(ConfirmationApplicationRow row, Courts courts, Instant now) {
        boolean acceptanceOpen = row.state == ApplicationState.FILED;
        boolean rulingOpen = row.state == ApplicationState.ACCEPTED;
        boolean ruled = row.state == ApplicationState.CONFIRMED || row.state == ApplicationState.REJECTED;
        return new ConfirmationView(row.id, row.caseId, row.agreementId, row.courtCode,
                courts.court(row.courtCode).map(Courts.Court::name).orElse(null), row.state,
                Applicants.parse(row.applicants).entrySet().stream()
                        .map(e -> new Applicant(e.getKey(), e.getValue())).toList(),
                row.filedAt, row.judge, row.judgeName, row.acceptanceDueAt,
                acceptanceOpen && row.acceptanceDueAt.isBefore(now), row.acceptedAt, row.rulingDueAt,
                rulingOpen && row.rulingDueAt.isBefore(now),
                row.extendedAt == null ? null : new Extension(row.extendedAt, row.extensionReason), row.ruledAt,
                row.caseNumber, row.rulingReasons == null ? List.of() : Arrays.asList(row.rulingReasons.split("\n")),
                ruled ? "/api/v1/confirmation-applications/" + row.id + "/ruling.pdf" : null);
    }
}
