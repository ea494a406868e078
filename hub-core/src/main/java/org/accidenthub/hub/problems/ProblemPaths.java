package org.accidenthub.hub.problems;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import org.accidenthub.connectors.spi.Problem;

/**
 * A partner message applied through an API's services gets that API's 422 problems, whose paths name the API's
 * request fields; the partner must see its own message's fields instead ("/amount" → "/body/offerAmount").
 */
public final class ProblemPaths {

    private ProblemPaths() {
    }

    /** {@code applied}, with the paths of a 422's problems moved by {@code paths} (others kept as they are). */
    public static <T> Uni<T> relocated(Uni<T> applied, Map<String, String> paths) {
        return applied.onFailure(ProblemException.class).transform(failure -> {
            ProblemException problem = (ProblemException) failure;
            if (problem.status() != 422) {
                return problem;
            }
            return ProblemException.invalid(moved(problem.toDetail().errors(), paths),
                    moved(problem.toDetail().warnings(), paths));
        });
    }

    private static List<Problem> moved(List<Problem> problems, Map<String, String> paths) {
        return problems == null ? List.of() : problems.stream()
                .map(problem -> new Problem(paths.getOrDefault(problem.path(), problem.path()), problem.code(),
                        problem.message()))
                .toList();
    }
}
