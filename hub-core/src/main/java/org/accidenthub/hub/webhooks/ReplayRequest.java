package org.accidenthub.hub.webhooks;

import java.util.UUID;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.problems.QueryParameters;

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
        QueryParameters query = new QueryParameters();
        boolean byCase = QueryParameters.given(caseId) || QueryParameters.given(fromSequence);
        if (byCase == QueryParameters.given(after)) {
            query.problem("", "ONE_OF_REQUIRED", "give either caseId and fromSequence (one case), or after (a cursor)");
            query.done();
        }
        if (!byCase) {
            EventCursor cursor = EventCursor.parse(after.trim()).orElse(null);
            if (cursor == null) {
                query.problem("after", "INVALID_CURSOR", "'after' must be a cursor of a delivered event or of the feed");
            }
            query.done();
            return new ReplayRequest(null, 0, cursor);
        }
        UUID id = query.uuid("caseId", caseId);
        long sequence = query.longInteger("fromSequence", fromSequence, 0, 1, Long.MAX_VALUE);
        if (id == null && !QueryParameters.given(caseId)) {
            query.problem("caseId", "REQUIRED", "caseId is required with fromSequence");
        }
        if (!QueryParameters.given(fromSequence)) {
            query.problem("fromSequence", "REQUIRED", "fromSequence is required with caseId");
        }
        query.done();
        return new ReplayRequest(id, sequence, null);
    }
}
