package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.lifecycle.OpenDeadline;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.hibernate.reactive.mutiny.Mutiny;

/** The Insurance Law deadlines of a case's claims that are still open, for the case's timeline. */
public final class ClaimDeadlineList {

    private static final String RULE = "Insurance Law arts. 23 and 25";

    private ClaimDeadlineList() {
    }

    /** An insurer sees its own claims' deadlines; everyone else who sees the case sees all of them. */
    public static Uni<List<OpenDeadline>> open(Mutiny.Session session, UUID caseId, Caller caller, Instant now) {
        boolean insurer = caller.orgType() == OrgType.INSURER;
        Mutiny.SelectionQuery<Claim> query = session.createSelectionQuery("from Claim c where c.caseId = :caseId"
                + (insurer ? " and c.insurerCode = :insurer" : "") + " order by c.openedAt, c.id", Claim.class);
        query.setParameter("caseId", caseId);
        if (insurer) {
            query.setParameter("insurer", caller.orgCode());
        }
        return query.getResultList().map(claims -> claims.stream()
                .flatMap(claim -> ClaimDeadlines.of(claim).stream()
                        .filter(d -> d.applies() && d.metAt() == null)
                        .map(d -> new OpenDeadline("CLAIM_" + d.kind(), "claim " + claim.id + " (" + claim.insurerCode
                                + " for " + claim.victimRef + ")", d.dueAt(), d.breachedAt(now), RULE)))
                .toList());
    }
}
