package org.accidenthub.compensation;

import java.util.Objects;

/**
 * One thing wrong with an input, found by validation that collects every problem instead of
 * stopping at the first.
 *
 * @param path    where: a property path such as {@code victims[0].dependants[1].age}, or
 *                {@code source:line} for a standards file
 * @param code    stable UPPER_SNAKE code; callers may branch on it
 * @param message human-readable explanation; the wording may change, the code does not
 */
public record Problem(String path, String code, String message) {

    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** The same problem, located under {@code prefix} (e.g. {@code victims[2]}). */
    public Problem under(String prefix) {
        return new Problem(path.isEmpty() ? prefix : prefix + "." + path, code, message);
    }
}
