package org.accidenthub.hub.webhooks;

import org.accidenthub.hub.problems.QueryParameters;
import org.accidenthub.hub.problems.QueryParameters.Paging;

/** Query parameters of the deliveries list, checked all at once. */
record DeliveryQuery(DeliveryStatus status, int page, int size) {

    static DeliveryQuery parse(String status, String page, String size) {
        QueryParameters query = new QueryParameters();
        DeliveryStatus wanted = query.oneOf("status", status, DeliveryStatus.class);
        Paging paging = query.paging(page, size);
        query.done();
        return new DeliveryQuery(wanted, paging.page(), paging.size());
    }
}
