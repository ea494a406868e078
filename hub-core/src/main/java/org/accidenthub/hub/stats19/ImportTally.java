package org.accidenthub.hub.stats19;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.stats19.RowResult;
import org.accidenthub.connectors.stats19.Stats19Table;
import org.accidenthub.hub.cases.RecordedRevision;
import org.accidenthub.hub.stats19.ImportSummary.StoredRow;

/**
 * Counts an import as its rows come in. Lists are capped so that the answer to a file of a whole
 * year (100,000 rows and more) stays small; the counts are always complete. Rows are recorded by
 * several threads at once, hence the locking.
 */
final class ImportTally {

    static final int MAX_LISTED_PROBLEMS = 1_000;
    static final int MAX_LISTED_WARNINGS = 100;
    static final int MAX_LISTED_CASES = 1_000;

    private long rows;
    private long created;
    private long revised;
    private long unchanged;
    private long rejected;
    private long unmatched;
    private boolean complete = true;
    private long problemCount;
    private long warningCount;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<RowProblem> warnings = new ArrayList<>();
    private final List<StoredRow> cases = new ArrayList<>();

    /** A result of the reader that is not stored: a rejected row, an unmatched side row, or a file that stops reading. */
    synchronized void refused(RowResult result) {
        if (result.stopsReading()) {
            complete = false;
        } else if (result.table() == Stats19Table.COLLISION) {
            rows++;
            rejected++;
        } else {
            unmatched++;
        }
        problemCount += result.errors().size();
        listed(result.errors(), result.collisionIndex(), problems, MAX_LISTED_PROBLEMS);
        warned(result);
    }

    /** An accepted collision row, recorded. */
    synchronized void stored(RowResult result, RecordedRevision recorded) {
        rows++;
        switch (recorded.outcome()) {
            case CREATED -> created++;
            case REVISED -> revised++;
            case UNCHANGED -> unchanged++;
        }
        warned(result);
        // rows are recorded in parallel, so the first rows by number are kept, not the first to finish
        cases.add(new StoredRow(result.row(), result.collisionIndex(), recorded.caseId(), recorded.revision(),
                recorded.outcome()));
        if (cases.size() > 2 * MAX_LISTED_CASES) {
            trimCases();
        }
    }

    /** Reading stopped early for a reason outside the files (the body exceeded the size limit, the client left). */
    synchronized void incomplete() {
        complete = false;
    }

    synchronized ImportSummary summary() {
        trimCases();
        return new ImportSummary(rows, new ImportSummary.Stored(created, revised, unchanged), rejected, unmatched,
                complete, problemCount, List.copyOf(problems), warningCount, List.copyOf(warnings),
                List.copyOf(cases));
    }

    synchronized long rows() {
        return rows;
    }

    private void warned(RowResult result) {
        warningCount += result.warnings().size();
        listed(result.warnings(), result.collisionIndex(), warnings, MAX_LISTED_WARNINGS);
    }

    private void trimCases() {
        cases.sort(Comparator.comparingLong(StoredRow::row));
        if (cases.size() > MAX_LISTED_CASES) {
            cases.subList(MAX_LISTED_CASES, cases.size()).clear();
        }
    }

    private static void listed(List<Problem> found, String collisionIndex, List<RowProblem> into, int max) {
        for (Problem problem : found) {
            if (into.size() >= max) {
                return;
            }
            into.add(RowProblem.of(problem, collisionIndex));
        }
    }
}
