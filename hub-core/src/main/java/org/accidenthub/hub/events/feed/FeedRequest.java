package org.accidenthub.hub.events.feed;

import java.time.Duration;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.problems.QueryParameters;

/** The feed's query parameters, checked all at once so that a caller sees every mistake in one answer. */
record FeedRequest(EventCursor after, int limit, Duration longPoll) {

    static final int DEFAULT_LIMIT = 100;
    /** A larger request gets this many (API conventions: list sizes are capped). */
    static final int MAX_LIMIT = 500;
    /** Long-poll: the longest a request waits for an event; a larger request waits this long. */
    static final int MAX_WAIT_SECONDS = 30;

    static FeedRequest parse(String after, String limit, String wait) {
        QueryParameters query = new QueryParameters();
        EventCursor cursor = EventCursor.START;
        if (QueryParameters.given(after)) {
            cursor = EventCursor.parse(after.trim()).orElse(null);
            if (cursor == null) {
                query.problem("after", "INVALID_CURSOR",
                        "'after' must be a cursor the feed answered with (its 'next', or an item's 'cursor')");
            }
        }
        int size = Math.min(query.integer("limit", limit, DEFAULT_LIMIT, 1, Integer.MAX_VALUE), MAX_LIMIT);
        int seconds = Math.min(query.integer("wait", wait, 0, 0, Integer.MAX_VALUE), MAX_WAIT_SECONDS);
        query.done();
        return new FeedRequest(cursor, size, Duration.ofSeconds(seconds));
    }
}
