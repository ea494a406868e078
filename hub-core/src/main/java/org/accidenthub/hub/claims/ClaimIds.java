package org.accidenthub.hub.claims;

import java.util.UUID;
import org.accidenthub.hub.problems.ProblemException;

/** Claim ids as they arrive in paths. */
final class ClaimIds {

    private ClaimIds() {
    }

    /** A malformed id names no claim: 404, like any other unknown id. */
    static UUID parse(String claimId) {
        try {
            return UUID.fromString(claimId);
        } catch (IllegalArgumentException malformed) {
            throw ProblemException.notFound("no claim " + claimId);
        }
    }
}
