package org.accidenthub.hub.events.feed;

import java.util.List;
import org.accidenthub.hub.events.EventItem;

/**
 * A page of the pull feed. {@code next} is the cursor to ask with next time; it moves on even when no
 * event of the caller's cases was among those looked at, so a quiet partner does not scan the same
 * events again and again.
 */
public record FeedPage(List<EventItem> items, String next) {
}
