package org.accidenthub.hub.cases;

import java.util.UUID;
import org.accidenthub.hub.problems.ProblemException;

/** Case ids as they arrive in paths. */
public final class CaseIds {

    private CaseIds() {
    }

    /** A malformed id names no case: 404, like any other unknown id. */
    public static UUID parse(String caseId) {
        try {
            return UUID.fromString(caseId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("no case " + caseId);
        }
    }
}
