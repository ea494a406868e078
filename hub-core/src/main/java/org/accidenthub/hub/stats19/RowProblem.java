package org.accidenthub.hub.stats19;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.Problem;

/**
 * One problem of an import, with its place in the files: the reader's paths
 * ("collision row 9, column date", "vehicle row 3", "casualty file") split into table, row and column,
 * so that a client can point at the cell without parsing text.
 *
 * @param table          collision, vehicle or casualty
 * @param row            the line the row starts on (1 = the header); null for a problem of a whole file
 * @param column         the column as the file's header writes it; null for a problem of a whole row or file
 * @param collisionIndex the collision the problem rejects (or the index of an unmatched row), when known
 * @param code           the stable code of docs/formats/stats19.md
 */
public record RowProblem(String table, Long row, String column, String collisionIndex, String code, String message) {

    private static final Pattern PATH = Pattern.compile("(\\w+) (?:row (\\d+)(?:, column (.*))?|file)", Pattern.DOTALL);

    static RowProblem of(Problem problem, String collisionIndex) {
        Matcher path = PATH.matcher(problem.path());
        if (!path.matches()) {
            // every path of the reader matches; keep an unexpected one whole rather than lose it
            return new RowProblem(null, null, problem.path(), collisionIndex, problem.code(), problem.message());
        }
        Long row = path.group(2) == null ? null : Long.valueOf(path.group(2));
        return new RowProblem(path.group(1), row, path.group(3), collisionIndex, problem.code(), problem.message());
    }
}
