package org.accidenthub.hub.audit;

import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.problems.QueryParameters;
import org.accidenthub.hub.problems.QueryParameters.Paging;

/** Query parameters of the audit endpoints, checked all at once (one 400 lists every mistake). */
final class AuditSearchParameters {

    private AuditSearchParameters() {
    }

    static AuditSearch parse(String caseId, String subject, String from, String to, String page, String size) {
        QueryParameters query = new QueryParameters();
        UUID id = query.uuid("caseId", caseId);
        Instant start = query.instant("from", from, false);
        Instant end = query.instant("to", to, true);
        Paging paging = query.paging(page, size);
        query.range(start, end);
        query.done();
        return new AuditSearch(id, QueryParameters.text(subject), start, end, paging.page(), paging.size());
    }

    /** Page and size alone, for the audit of one case. */
    static Paging parsePaging(String page, String size) {
        QueryParameters query = new QueryParameters();
        Paging paging = query.paging(page, size);
        query.done();
        return paging;
    }
}
