package org.accidenthub.hub.claims;

import org.accidenthub.hub.problems.ProblemException;

/** 409 answers: a request that is well-formed but not allowed in the claim's current state. */
final class ClaimConflicts {

    private ClaimConflicts() {
    }

    static RuntimeException illegal(Claim claim, String action, String allowedWhen) {
        return ProblemException.conflict("the claim is " + claim.state + ": " + action + " " + allowedWhen);
    }

    static RuntimeException of(String detail) {
        return ProblemException.conflict(detail);
    }
}
