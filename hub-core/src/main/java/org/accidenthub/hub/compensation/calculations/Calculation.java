package org.accidenthub.hub.compensation.calculations;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.accidenthub.compensation.calculation.CalculationInput;
import org.accidenthub.compensation.calculation.CompensationCalculator;
import org.accidenthub.compensation.calculation.CompensationResult;
import org.accidenthub.compensation.calculation.InvalidCalculationInputException;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.compensation.standards.MissingStandardException;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.compensation.ProblemPaths;
import org.accidenthub.hub.problems.ProblemException;

/**
 * A calculation: the module's result with the basis it was made from. {@link #of} is the one place
 * the hub calls the calculator, and where its refusals become 422 problems.
 */
public record Calculation(CalculationBasis basis, CompensationResult result) {

    private static final CompensationCalculator CALCULATOR = new CompensationCalculator();

    /**
     * Calculates, or fails with 422 listing {@code unreadable} (what could not be read from the
     * request) together with every problem the module finds, or naming the missing standard.
     *
     * @param locate maps the module's pointers ({@code /victims/0/age}) to the caller's
     */
    static Calculation of(CalculationBasis basis, CompulsoryInsuranceLimits limits, List<Problem> unreadable,
            UnaryOperator<String> locate) {
        CalculationInput input = basis.input(limits);
        List<Problem> problems = new ArrayList<>(unreadable);
        problems.addAll(ProblemPaths.without(ProblemPaths.of(CALCULATOR.validate(input), locate), unreadable));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, List.of());
        }
        try {
            return new Calculation(basis, CALCULATOR.calculate(input));
        } catch (MissingStandardException missing) {
            // never a default guess: the caller learns exactly which figure an operator must load
            String code = missing.item().isPresent() ? "MISSING_REGIONAL_STANDARD" : "MISSING_COMPULSORY_LIMITS";
            throw ProblemException.invalid(List.of(new Problem("", code, missing.getMessage())), List.of());
        } catch (InvalidCalculationInputException invalid) {
            throw ProblemException.invalid(ProblemPaths.of(invalid.problems(), locate), List.of());
        }
    }
}
