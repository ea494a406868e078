package org.accidenthub.hub.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.Problem;

/**
 * The compensation module reports problems at property paths of its own input model
 * ({@code victims[0].dependants[1].age}); the API reports JSON pointers into what the caller sent
 * or can read ({@code /victims/0/assessment/dependants/1/age}). The module's field names are the
 * API's, so a path becomes a pointer segment by segment; where the two models differ, the caller
 * relocates the pointer.
 */
public final class ProblemPaths {

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private ProblemPaths() {
    }

    /** {@code victims[0].dependants[1].age} → {@code /victims/0/dependants/1/age}; "" stays "". */
    public static String pointer(String propertyPath) {
        if (propertyPath.isEmpty()) {
            return "";
        }
        StringBuilder pointer = new StringBuilder();
        for (String segment : propertyPath.split("\\.")) {
            Matcher indexed = INDEXED.matcher(segment);
            if (indexed.matches()) {
                pointer.append('/').append(indexed.group(1)).append('/').append(indexed.group(2));
            } else {
                pointer.append('/').append(segment);
            }
        }
        return pointer.toString();
    }

    /** The module's problems as API problems, each pointer relocated. */
    public static List<Problem> of(List<org.accidenthub.compensation.Problem> problems, UnaryOperator<String> relocate) {
        List<Problem> mapped = new ArrayList<>();
        for (org.accidenthub.compensation.Problem problem : problems) {
            mapped.add(new Problem(relocate.apply(pointer(problem.path())), problem.code(), problem.message()));
        }
        return mapped;
    }

    /**
     * The problems of {@code later} that do not repeat one of {@code first}: a value that could not
     * be read is reported once, not again by the rule that then finds it missing.
     */
    public static List<Problem> without(List<Problem> later, List<Problem> first) {
        return later.stream().filter(p -> first.stream().noneMatch(f -> related(f.path(), p.path()))).toList();
    }

    private static boolean related(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b);
        }
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }
}
