package org.accidenthub.hub.events.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.problems.ProblemException;

/** The feed's query parameters, checked all at once so that a caller sees every mistake in one answer. */
record FeedRequest(EventCursor after, int limit, Duration longPoll) {

    static final int DEFAULT_LIMIT = 100;
    /** A larger request gets this many (API conventions: list sizes are capped). */
    static final int MAX_LIMIT = 500;
    /** Long-poll: the longest a request waits for an event; a larger request waits this long. */
    static final int MAX_WAIT_SECONDS = 30;

    static FeedRequest parse(String after, String limit, String wait) {
        List<Problem> problems = new ArrayList<>();
        EventCursor cursor = EventCursor.START;
        if (after != null && !after.isBlank()) {
            cursor = EventCursor.parse(after.trim()).orElse(null);
            if (cursor == null) {
                problems.add(new Problem("/query/after", "INVALID_CURSOR",
                        "'after' must be a cursor the feed answered with (its 'next', or an item's 'cursor')"));
            }
        }
        int size = Math.min(integer("limit", limit, DEFAULT_LIMIT, 1, problems), MAX_LIMIT);
        int seconds = Math.min(integer("wait", wait, 0, 0, problems), MAX_WAIT_SECONDS);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
        return new FeedRequest(cursor, size, Duration.ofSeconds(seconds));
    }

    private static int integer(String name, String value, int absent, int min, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min) {
                problems.add(new Problem("/query/" + name, "OUT_OF_RANGE", name + " must be at least " + min));
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number"));
            return absent;
        }
    }
}
