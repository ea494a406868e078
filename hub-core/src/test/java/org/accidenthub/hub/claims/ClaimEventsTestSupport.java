package org.accidenthub.hub.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import org.accidenthub.schemas.v1.CaseEvent;

/** The event types of a case's outbox rows, in sequence order. */
final class ClaimEventsTestSupport {

    private ClaimEventsTestSupport() {
    }

    static List<String> eventTypes(String caseId) {
        try {
            return ClaimEventsTest.eventsOf(caseId).stream().map(CaseEvent::getEventType).toList();
        } catch (SQLException | IOException failed) {
            throw new UncheckedIOException(new IOException(failed));
        }
    }
}
