package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.claims.RulingPaymentDue.ClaimKey;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.Obligation;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * What follows an enforceable decision on who pays whom — a speed-trial judgment or an arbitration
 * award: the amounts insurers owe victims become the agreed, payment-due amounts of their claims
 * ({@link RulingPaymentDue}, Insurance Law art. 23) and the case PAYING; a decision that awards
 * nothing closes the case. The one code path for both, run in the decision's transaction under the
 * case's row lock, after the case moved to JUDGED or AWARDED.
 */
@ApplicationScoped
public class AdjudgedAmounts {

    private final RulingPaymentDue paymentDue;

    AdjudgedAmounts(RulingPaymentDue paymentDue) {
        this.paymentDue = paymentDue;
    }

    /**
     * @param decision   what the case's transitions name, e.g. "judgment (2026)豫1702民初5号"
     * @param number     the court's or commission's number the claims' offers cite
     */
    public Uni<Void> enforce(Mutiny.Session session, AccidentCase kase, List<Obligation> amounts, String decision,
            String number, Caller actor, Instant now) {
        if (amounts.isEmpty()) {
            return CaseLifecycle.move(session, kase, CaseState.CLOSED, actor, now, decision + " awards nothing")
                    .replaceWithVoid();
        }
        Map<ClaimKey, BigDecimal> owed = new LinkedHashMap<>();
        for (Obligation amount : amounts) {
            // a claim is a victim's against an insurer: other amounts are paid between the parties
            if (amount.getPayer().getKind() == DisputePartyKind.INSURER
                    && amount.getPayee().getKind() == DisputePartyKind.PARTY) {
                owed.merge(new ClaimKey(amount.getPayee().getPartyRef(), amount.getPayer().getInsurerCode()),
                        amount.getAmount(), BigDecimal::add);
            }
        }
        // the decision rests on the newest calculation the case file carried
        return session.createSelectionQuery("select max(c.version) from CompensationCalculationRow c"
                        + " where c.caseId = :id", Integer.class).setParameter("id", kase.id).getSingleResultOrNull()
                .chain(version -> paymentDue.fix(session, kase, owed, version == null ? 0 : version, number, actor,
                        now))
                .chain(() -> CaseLifecycle.move(session, kase, CaseState.PAYING, actor, now,
                        decision + ": the amounts are due"))
                .chain(() -> CaseSettlement.check(session, kase, actor, now));
    }
}
