package org.accidenthub.hub.cases;

import java.time.Instant;
import org.accidenthub.hub.problems.QueryParameters;
import org.accidenthub.hub.problems.QueryParameters.Paging;

/** Query parameters of the case search, checked all at once (one 400 lists every mistake). */
final class CaseSearchParameters {

    private CaseSearchParameters() {
    }

    static CaseSearch parse(String plate, String reportNumber, String from, String to, String page, String size) {
        QueryParameters query = new QueryParameters();
        Instant start = query.instant("from", from, false);
        Instant end = query.instant("to", to, true);
        query.range(start, end);
        Paging paging = query.paging(page, size);
        query.done();
        return new CaseSearch(QueryParameters.text(plate), QueryParameters.text(reportNumber), start, end,
                paging.page(), paging.size());
    }
}
