package org.accidenthub.hub.webhooks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.problems.ProblemException;

/**
 * What to deliver again: one case from a sequence number ({@code caseId} + {@code fromSequence}, the
 * numbers of the {@code X-AccidentHub-Sequence} header), or every event after a cursor ({@code after},
 * the {@code cursor} of a delivered event or of the feed).
 */
record ReplayRequest(UUID caseId, long fromSequence, EventCursor after) {

    boolean forOneCase() {
        return caseId != null;
    }

    static ReplayRequest parse(String caseId, String fromSequence, String after) {
        List<Problem> problems = new ArrayList<>();
        boolean byCase = present(caseId) || present(fromSequence);
        if (byCase == present(after)) {
            problems.add(new Problem("/query", "ONE_OF_REQUIRED",
                    "give either caseId and fromSequence (one case), or after (a cursor)"));
            throw ProblemException.badRequest(problems);
        }
        if (!byCase) {
            EventCursor cursor = EventCursor.parse(after.trim()).orElse(null);
            if (cursor == null) {
                throw ProblemException.badRequest(List.of(new Problem("/query/after", "INVALID_CURSOR",
                        "'after' must be a cursor of a delivered event or of the feed")));
            }
            return new ReplayRequest(null, 0, cursor);
        }
        UUID id = null;
        long sequence = 0;
        try {
            id = UUID.fromString(present(caseId) ? caseId.trim() : "");
        } catch (IllegalArgumentException malformed) {
            problems.add(new Problem("/query/caseId", "INVALID_CASE_ID", "caseId must be a case id (a UUID)"));
        }
        try {
            sequence = Long.parseLong(present(fromSequence) ? fromSequence.trim() : "");
            if (sequence < 1) {
                problems.add(new Problem("/query/fromSequence", "OUT_OF_RANGE", "fromSequence starts at 1"));
            }
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/fromSequence", "NOT_AN_INTEGER", "fromSequence must be a whole number"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
        return new ReplayRequest(id, sequence, null);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
