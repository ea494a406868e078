package org.accidenthub.hub.claims;

import java.util.UUID;
import org.accidenthub.hub.problems.QueryParameters;
import org.accidenthub.hub.problems.QueryParameters.Paging;

/** Query parameters of the claims listing, checked all at once (400 with every problem). */
final class ClaimSearchParameters {

    private ClaimSearchParameters() {
    }

    static ClaimSearch parse(String state, String overdue, String caseId, String page, String size) {
        QueryParameters query = new QueryParameters();
        ClaimState parsedState = query.oneOf("state", state, ClaimState.class);
        Boolean parsedOverdue = query.bool("overdue", overdue);
        UUID parsedCase = query.uuid("caseId", caseId);
        Paging paging = query.paging(page, size);
        query.done();
        return new ClaimSearch(parsedState, parsedOverdue, parsedCase, paging.page(), paging.size());
    }
}
