package org.accidenthub.hub.claims;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/**
 * 409 answers: a request that is well-formed but not allowed in the claim's current state.
 * {@code ProblemMappers} turns them into problem+json of type
 * {@code urn:accident-hub:problem:conflict}. (The problems package has no conflict factory
 * yet; when it gets one, this is the one place to switch.)
 */
final class ClaimConflicts {

    private ClaimConflicts() {
    }

    static RuntimeException illegal(Claim claim, String action, String allowedWhen) {
        return new ClientErrorException("the claim is " + claim.state + ": " + action + " " + allowedWhen,
                Response.Status.CONFLICT);
    }

    static RuntimeException of(String detail) {
        return new ClientErrorException(detail, Response.Status.CONFLICT);
    }
}
