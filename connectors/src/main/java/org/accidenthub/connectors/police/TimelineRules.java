package org.accidenthub.connectors.police;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;

/** The order of events: accident, then finding issued, then served (spec, occurredAt and finding rows). */
final class TimelineRules implements CrossFieldRule {

    /** Spec, occurredAt: the sender's clock may run this much ahead of the hub's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Override
    public void check(PoliceFile file, ReadContext context, ProblemCollector problems) {
        OffsetDateTime occurredAt = file.occurredAt();
        if (occurredAt != null && occurredAt.toInstant().isAfter(context.receivedAt().plus(CLOCK_SKEW))) {
            problems.error("/occurredAt", ProblemCode.OCCURRED_IN_FUTURE.name(),
                    "lies after the time the file was received (" + context.receivedAt() + ", "
                            + CLOCK_SKEW.toMinutes() + " minutes of clock skew allowed)");
        }
        PoliceFile.Finding finding = file.finding();
        if (finding == null) {
            return;
        }
        if (occurredAt != null && finding.issuedAt() != null && finding.issuedAt().isBefore(occurredAt)) {
            problems.error(Pointer.field(finding.path(), "issuedAt"), ProblemCode.ISSUED_BEFORE_OCCURRED.name(),
                    "a finding cannot be issued before the accident occurred");
        }
        if (finding.issuedAt() != null && finding.servedAt() != null
                && finding.servedAt().isBefore(finding.issuedAt())) {
            problems.error(Pointer.field(finding.path(), "servedAt"), ProblemCode.SERVED_BEFORE_ISSUED.name(),
                    "a finding cannot be served before it was issued");
        }
    }
}
