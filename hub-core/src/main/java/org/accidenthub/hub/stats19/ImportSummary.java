package org.accidenthub.hub.stats19;

import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.RecordedRevision;

/**
 * The answer to a STATS19 import: what happened to every collision row. Each accepted row was
 * stored in a transaction of its own, so {@code stored} is exactly what the database holds from
 * this request; a rejected row stored nothing.
 *
 * @param rows          collision rows read
 * @param stored        accepted rows by what recording them did
 * @param rejected      collision rows rejected (each listed in {@code problems} with row and column)
 * @param unmatched     vehicle and casualty rows that joined no collision (also listed in {@code problems})
 * @param complete      false when reading stopped before the end of the files (the rows before were stored)
 * @param problemCount  all problems found; {@code problems} lists the first {@value ImportTally#MAX_LISTED_PROBLEMS}
 * @param warningCount  all warnings (they never reject); {@code warnings} lists the first {@value ImportTally#MAX_LISTED_WARNINGS}
 * @param cases         the first {@value ImportTally#MAX_LISTED_CASES} stored rows with their case, in row order
 */
public record ImportSummary(long rows, Stored stored, long rejected, long unmatched, boolean complete,
        long problemCount, List<RowProblem> problems, long warningCount, List<RowProblem> warnings,
        List<StoredRow> cases) {

    public record Stored(long created, long revised, long unchanged) {
    }

    public record StoredRow(long row, String collisionIndex, UUID caseId, int revision,
            RecordedRevision.Outcome outcome) {
    }
}
