package org.accidenthub.hub.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.problems.ProblemException;

/** Checks a subscription request, every problem at once (422), and returns it cleaned up. */
final class SubscriptionRules {

    static final int MAX_URL = 2048;
    static final int MAX_DESCRIPTION = 500;

    private SubscriptionRules() {
    }

    /** Blocking: the URL's host is resolved (see {@link WebhookTargets}). */
    static SubscriptionRequest check(SubscriptionRequest request, WebhookTargets targets) {
        if (request == null) {
            throw ProblemException.invalid(List.of(new Problem("", "REQUIRED", "a JSON body is required")), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        String url = request.url() == null ? "" : request.url().strip();
        if (url.isEmpty()) {
            problems.add(new Problem("/url", "REQUIRED", "url is required"));
        } else if (url.length() > MAX_URL) {
            problems.add(new Problem("/url", "TOO_LONG", "url may have at most " + MAX_URL + " characters"));
        } else {
            targets.refusal(url).ifPresent(refusal -> problems.add(new Problem("/url", refusal.code(),
                    refusal.message())));
        }
        Set<String> types = eventTypes(request.eventTypes(), problems);
        String description = request.description() == null ? null : request.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new Problem("/description", "TOO_LONG",
                    "description may have at most " + MAX_DESCRIPTION + " characters"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, List.of());
        }
        return new SubscriptionRequest(url, List.copyOf(types), description);
    }

    private static Set<String> eventTypes(List<String> requested, List<Problem> problems) {
        Set<String> types = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            problems.add(new Problem("/eventTypes", "REQUIRED", "name at least one event type, e.g. ACCIDENT_RECEIVED"));
            return types;
        }
        List<String> known = Arrays.stream(CaseEventType.values()).map(Enum::name).toList();
        for (int i = 0; i < requested.size(); i++) {
            String type = requested.get(i);
            if (type == null || !known.contains(type)) {
                problems.add(new Problem("/eventTypes/" + i, "UNKNOWN_EVENT_TYPE",
                        "'" + type + "' is not an event type; known: " + String.join(", ", known)));
            } else {
                types.add(type);
            }
        }
        return types;
    }
}
