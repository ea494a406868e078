package org.accidenthub.hub.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Query parameters of the claims listing, checked all at once (400 with every problem); paging
 * as the case search: page from 0, size 1..100 (larger is capped), default 20.
 */
final class ClaimSearchParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final List<Problem> problems = new ArrayList<>();

    private ClaimSearchParameters() {
    }

    static ClaimSearch parse(String state, String overdue, String caseId, String page, String size) {
        ClaimSearchParameters parameters = new ClaimSearchParameters();
        ClaimState parsedState = parameters.state(state);
        Boolean parsedOverdue = parameters.bool("overdue", overdue);
        UUID parsedCase = parameters.uuid("caseId", caseId);
        int pageNumber = parameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = Math.min(parameters.integer("size", size, DEFAULT_SIZE, 1, Integer.MAX_VALUE), MAX_SIZE);
        if (!parameters.problems.isEmpty()) {
            throw ProblemException.badRequest(parameters.problems);
        }
        return new ClaimSearch(parsedState, parsedOverdue, parsedCase, pageNumber, pageSize);
    }

    private ClaimState state(String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return ClaimState.valueOf(value.trim());
        } catch (IllegalArgumentException unknown) {
            problems.add(new Problem("/query/state", "NOT_ALLOWED_VALUE",
                    "state must be one of " + List.of(ClaimState.values())));
            return null;
        }
    }

    private Boolean bool(String name, String value) {
        if (absent(value)) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problems.add(new Problem("/query/" + name, "NOT_A_BOOLEAN", name + " must be true or false"));
            return null;
        }
        return Boolean.valueOf(value);
    }

    private UUID uuid(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_A_UUID", name + " must be a UUID"));
            return null;
        }
    }

    private int integer(String name, String value, int absent, int min, int max) {
        if (absent(value)) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(new Problem("/query/" + name, "OUT_OF_RANGE",
                        name + " must be between " + min + " and " + max));
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number"));
            return absent;
        }
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
