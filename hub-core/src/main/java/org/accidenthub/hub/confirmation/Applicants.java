package org.accidenthub.hub.confirmation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parties who applied and when, as the {@code applicants} column keeps them: {@code P1=2026-…Z,P2=…}. */
final class Applicants {

    private Applicants() {
    }

    static Map<String, Instant> parse(String column) {
        Map<String, Instant> applied = new LinkedHashMap<>();
        if (column != null && !column.isEmpty()) {
            for (String entry : column.split(",")) {
                int equals = entry.indexOf('=');
                applied.put(entry.substring(0, equals), Instant.parse(entry.substring(equals + 1)));
            }
        }
        return applied;
    }

    static String format(Map<String, Instant> applied) {
        List<String> entries = new ArrayList<>();
        applied.forEach((ref, at) -> entries.add(ref + "=" + at));
        return String.join(",", entries);
    }
}
