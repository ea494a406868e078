package org.accidenthub.compensation.standards;

import java.util.List;
import java.util.stream.Collectors;
import org.accidenthub.compensation.Problem;

/** A standards file could not be read; lists every problem found, each at {@code source:line}. */
public final class StandardsFormatException extends RuntimeException {

    private final List<Problem> problems;

    public StandardsFormatException(List<Problem> problems) {
        super(problems.stream()
                .map(p -> p.path() + ": " + p.message() + " [" + p.code() + "]")
                .collect(Collectors.joining("\n", "Invalid standards file:\n", "")));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in file order. */
    public List<Problem> problems() {
        return problems;
    }
}
