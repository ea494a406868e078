package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.money.ProRata;

/**
 * Step 2 of who pays: what compulsory insurance leaves unpaid on an item is split among the
 * parties at fault by their liability shares (Road Traffic Safety Law art. 76; Civil Code
 * art. 1213), fen by fen (largest remainder). Each share becomes a {@link Debt} that
 * {@link CommercialCover} settles; when the victim is itself a party, its own share is owed by
 * no one (see there).
 */
final class LiabilitySplit {

    /** A party's share of one item, still to be settled. */
    record Debt(Party party, ItemLedger ledger, BigDecimal amount, String explanation) {

        /** Whether the party owes it to itself: the victim's own share of the fault. */
        boolean ownShare() {
            return party.ref().equals(ledger.victim().victimRef());
        }
    }

    private final Accident accident;

    LiabilitySplit(Accident accident) {
        this.accident = accident;
    }

    List<Debt> apply(List<VictimLedgers> victims) {
        List<Party> atFault = accident.partiesAtFault();
        List<BigDecimal> shares = atFault.stream().map(p -> BigDecimal.valueOf(p.liabilityShare())).toList();
        List<Debt> debts = new ArrayList<>();
        for (VictimLedgers victim : victims) {
            for (ItemLedger ledger : victim.items()) {
                BigDecimal unpaid = ledger.unpaid();
                if (unpaid.signum() == 0) {
                    continue;
                }
                List<BigDecimal> parts = ProRata.allocate(unpaid, shares);
                for (int i = 0; i < atFault.size(); i++) {
                    Party party = atFault.get(i);
                    String explanation = party.ref() + " bears " + party.liabilityShare() + "% of the "
                            + Money.format(unpaid) + " left after compulsory insurance = " + Money.format(parts.get(i))
                            + " (Road Traffic Safety Law art. 76)";
                    if (parts.get(i).signum() > 0) {
                        debts.add(new Debt(party, ledger, parts.get(i), explanation));
                    }
                }
            }
        }
        return debts;
    }
}
