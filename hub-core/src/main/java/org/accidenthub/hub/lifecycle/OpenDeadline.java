package org.accidenthub.hub.lifecycle;

import java.time.Instant;

/**
 * A deadline of the case still to be met: what, for whom, due when, whether already overdue, and the
 * rule it comes from.
 *
 * @param subject what it is about: {@code claim <id> (PICC for P2)}, {@code application <id>}, ...
 */
public record OpenDeadline(String kind, String subject, Instant dueAt, boolean overdue, String rule) {
}
