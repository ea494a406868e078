package org.accidenthub.compensation.calculation;

import java.util.List;
import java.util.stream.Collectors;
import org.accidenthub.compensation.Problem;

/** The input cannot be calculated; lists every problem (see {@link CompensationCalculator#validate}). */
public final class InvalidCalculationInputException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidCalculationInputException(List<Problem> problems) {
        super(problems.stream().map(p -> p.path() + ": " + p.message() + " [" + p.code() + "]")
                .collect(Collectors.joining("\n", "Invalid calculation input:\n", "")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
