package org.accidenthub.hub.intake;

import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.RecordedRevision;

/**
 * The answer to an accepted upload: the same for an identical resend as for the first call,
 * apart from {@code outcome}.
 */
public record IntakeReceipt(UUID caseId, int revision, RecordedRevision.Outcome outcome, List<Problem> warnings) {

    static IntakeReceipt of(RecordedRevision recorded, List<Problem> warnings) {
        return new IntakeReceipt(recorded.caseId(), recorded.revision(), recorded.outcome(), warnings);
    }
}
