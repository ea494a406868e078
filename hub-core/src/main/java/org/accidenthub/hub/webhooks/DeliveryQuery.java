package org.accidenthub.hub.webhooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/** Query parameters of the deliveries list, checked all at once. */
record DeliveryQuery(DeliveryStatus status, int page, int size) {

    static final int DEFAULT_SIZE = 20;
    /** API conventions: page sizes are capped; a larger request gets this many. */
    static final int MAX_SIZE = 100;

    static DeliveryQuery parse(String status, String page, String size) {
        List<Problem> problems = new ArrayList<>();
        DeliveryStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = Arrays.stream(DeliveryStatus.values()).filter(s -> s.name().equals(status.trim())).findFirst()
                    .orElse(null);
            if (wanted == null) {
                problems.add(new Problem("/query/status", "NOT_ALLOWED_VALUE",
                        "status must be one of " + Arrays.toString(DeliveryStatus.values())));
            }
        }
        int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, problems);
        int pageSize = Math.min(integer("size", size, DEFAULT_SIZE, 1, Integer.MAX_VALUE, problems), MAX_SIZE);
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
        return new DeliveryQuery(wanted, pageNumber, pageSize);
    }

    private static int integer(String name, String value, int absent, int min, int max, List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                problems.add(new Problem("/query/" + name, "OUT_OF_RANGE", name + " must be between " + min + " and " + max));
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number"));
            return absent;
        }
    }
}
