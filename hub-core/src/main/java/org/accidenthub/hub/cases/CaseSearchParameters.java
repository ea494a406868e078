package org.accidenthub.hub.cases;

import java.time.Instant;
import java.util.regex.Pattern;
import org.accidenthub.hub.problems.QueryParameters;
import org.accidenthub.hub.problems.QueryParameters.Paging;

/** Query parameters of the case search, checked all at once (one 400 lists every mistake). */
final class CaseSearchParameters {

    /** Resident IDs are 18 characters; passports and other documents are shorter, none longer than 32. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{5,32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    private CaseSearchParameters() {
    }

    static CaseSearch parse(String plate, String reportNumber, String idNumber, String phone, String from, String to,
            String page, String size) {
        QueryParameters query = new QueryParameters();
        String party = query.matching("idNumber", idNumber, ID_NUMBER, "INVALID_ID_NUMBER",
                "5 to 32 letters and digits");
        String partyPhone = query.matching("phone", phone, PHONE, "INVALID_PHONE",
                "digits, optionally with a leading + and spaces or hyphens (5 to 20 characters)");
        Instant start = query.instant("from", from, false);
        Instant end = query.instant("to", to, true);
        query.range(start, end);
        Paging paging = query.paging(page, size);
        query.done();
        return new CaseSearch(QueryParameters.text(plate), QueryParameters.text(reportNumber), party, partyPhone,
                start, end, paging.page(), paging.size());
    }
}
