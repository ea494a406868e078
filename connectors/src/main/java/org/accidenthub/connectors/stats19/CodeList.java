package org.accidenthub.connectors.stats19;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One STATS19 code list: each integer code with the guide's label and what it maps to in the
 * canonical model (null where the code means "unknown" and the canonical field has no such
 * value: the original code is still kept in sourceCodes).
 *
 * @param <T> the canonical value
 */
final class CodeList<T> {

    /** One code of the list. */
    record Entry<T>(int code, String label, T value) {
    }

    private final String scheme;
    private final Map<Integer, Entry<T>> entries = new LinkedHashMap<>();

    private CodeList(String scheme) {
        this.scheme = scheme;
    }

    /** A list whose scheme in sourceCodes is "stats19." + name, e.g. "stats19.weather_conditions". */
    static <T> CodeList<T> named(String name) {
        return new CodeList<>("stats19." + name);
    }

    CodeList<T> code(int code, String label, T value) {
        entries.put(code, new Entry<>(code, label, value));
        return this;
    }

    String scheme() {
        return scheme;
    }

    Optional<Entry<T>> entry(int code) {
        return Optional.ofNullable(entries.get(code));
    }
}
