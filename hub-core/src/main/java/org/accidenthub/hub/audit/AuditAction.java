package org.accidenthub.hub.audit;

/**
 * What a request attempted on case data. Whether it was allowed is the row's outcome (the HTTP
 * status): a refused read is still a READ, so that one query finds every attempt on a case.
 */
public enum AuditAction {
    /** One case, or a part of it (revisions, claims, attachments, its audit trail). */
    READ,
    /** A list that may contain several cases or claims. */
    SEARCH,
    /** Anything that changes data: uploads, attachments, claim answers, standards. */
    WRITE,
    /** Entries the hub could not write (queue full or database away); fields holds how many. */
    LOST
}
