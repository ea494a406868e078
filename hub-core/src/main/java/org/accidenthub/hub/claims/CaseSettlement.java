package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A PAYING case is settled when every claim a ruling fixed is settled, and then closed: what the hub
 * tracks is paid. (Terms a party pays another party directly are not tracked by the hub yet; see
 * docs/MEDIATION-AND-CONFIRMATION.md.) Runs in the transaction of the payment, under the case's lock.
 */
public final class CaseSettlement {

    private CaseSettlement() {
    }

    public static Uni<Void> check(Mutiny.Session session, AccidentCase kase, Caller caller, Instant at) {
        if (kase.state != CaseState.PAYING) {
            return Uni.createFrom().voidItem();
        }
        return session.flush()
                .chain(() -> session.createSelectionQuery("select count(c) from Claim c where c.caseId = :caseId"
                                + " and c.amountFixedBy is not null and c.state <> :settled", Long.class)
                        .setParameter("caseId", kase.id)
                        .setParameter("settled", ClaimState.SETTLED)
                        .getSingleResult())
                .chain(open -> open > 0 ? Uni.createFrom().voidItem()
                        : CaseLifecycle.move(session, kase, CaseState.SETTLED, caller, at,
                                        "every claim fixed by the ruling is paid")
                                .chain(() -> CaseLifecycle.move(session, kase, CaseState.CLOSED, caller, at,
                                        "settled: nothing the hub tracks is owed"))
                                .replaceWithVoid());
    }
}
