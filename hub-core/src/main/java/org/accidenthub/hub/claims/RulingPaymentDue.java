package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A confirmed ruling makes the insurers' terms of the agreement enforceable: each becomes the agreed
 * amount of the claim of that victim against that insurer, payment-due (Insurance Law art. 23), with
 * a CLAIM_PAYMENT_DUE event. Runs in the ruling's transaction, under the case's row lock.
 */
@ApplicationScoped
public class RulingPaymentDue {

    /** Which claim a term pays: the victim (the term's payee) and the insurer (its payer). */
    public record ClaimKey(String victimRef, String insurerCode) {
    }

    private final ClaimLifecycle lifecycle;

    RulingPaymentDue(ClaimLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /** @return how many claims were fixed; a term without a claim (nothing notified) fixes none */
    public Uni<Integer> fix(Mutiny.Session session, AccidentCase kase, Map<ClaimKey, BigDecimal> amounts,
            int calculationVersion, String caseNumber, Caller judge, Instant at) {
        return session.createSelectionQuery("from Claim c where c.caseId = :caseId order by c.openedAt, c.id",
                        Claim.class)
                .setParameter("caseId", kase.id)
                .getResultList()
                .chain(claims -> Multi.createFrom().iterable(claims)
                        .filter(claim -> amounts.containsKey(new ClaimKey(claim.victimRef, claim.insurerCode)))
                        .onItem().transformToUniAndConcatenate(claim -> ClaimLookups.latestOffer(session, claim.id)
                                .chain(previous -> {
                                    BigDecimal amount = amounts.get(new ClaimKey(claim.victimRef, claim.insurerCode));
                                    Offer offer = lifecycle.fixByRuling(claim, amount, calculationVersion, caseNumber,
                                            previous, judge, at);
                                    List<Object> rows = new ArrayList<>(List.of(offer, ClaimEvents.of(kase,
                                            CaseEventType.CLAIM_PAYMENT_DUE, judge, at,
                                            ClaimMessages.offer(claim, offer))));
                                    if (claim.state == ClaimState.SETTLED) {
                                        rows.add(ClaimEvents.of(kase, CaseEventType.CLAIM_SETTLED, judge, at,
                                                ClaimMessages.settled(claim)));
                                    }
                                    return session.persistAll(rows.toArray()).replaceWith(1);
                                }))
                        .collect().asList()
                        .map(List::size));
    }
}
