package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accidenthub.compensation.items.LossItem;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.money.ProRata;

/**
 * Settles the parties' shares, party by party. A victim's own share of the fault is owed by no
 * one: the victim bears it, so its fault reduces what the others owe by exactly that share.
 * Steps 3 and 4 of who pays (Civil Code art. 1213): any other share is paid by the commercial
 * third-party insurer of the party's vehicle up to its limit; what remains the party pays itself.
 * The limit is per accident, so all of the party's debts in the accident share it: when they
 * exceed it, the limit is split among them in proportion to their amounts (the same rule as for
 * compulsory sub-limits). Not covered, and so paid by the party: the vehicle's own occupants
 * (third-party cover, like compulsory, excludes them) and mental distress unless the policy has
 * the rider (2020 industry model clauses).
 */
final class CommercialCover {

    private final Accident accident;

    CommercialCover(Accident accident) {
        this.accident = accident;
    }

    void apply(List<LiabilitySplit.Debt> debts) {
        for (Party party : accident.partiesAtFault()) {
            List<LiabilitySplit.Debt> own = debts.stream().filter(d -> d.party().equals(party)).toList();
            if (!own.isEmpty()) {
                apply(party, own);
            }
        }
    }

    private void apply(Party party, List<LiabilitySplit.Debt> debts) {
        Optional<Vehicle> vehicle = accident.vehicleOf(party);
        Optional<CommercialPolicy> policy = vehicle.flatMap(Vehicle::commercialThirdParty);
        List<LiabilitySplit.Debt> covered = new ArrayList<>();
        for (LiabilitySplit.Debt debt : debts) {
            if (debt.ownShare()) {
                debt.ledger().pay(Payer.victimOwnShare(party.ref()), debt.amount(),
                        debt.explanation() + "; the victim's own share of the fault, borne by the victim");
                continue;
            }
            String exclusion = exclusion(vehicle, policy, debt);
            if (exclusion == null) {
                covered.add(debt);
            } else {
                debt.ledger().pay(Payer.selfPay(party.ref()), debt.amount(), debt.explanation() + "; " + exclusion);
            }
        }
        if (covered.isEmpty()) {
            return;
        }
        CommercialPolicy cover = policy.orElseThrow();
        Payer insurer = Payer.commercialInsurer(party.ref(), vehicle.orElseThrow().ref(), cover.insurerCode());
        List<BigDecimal> owed = covered.stream().map(LiabilitySplit.Debt::amount).toList();
        BigDecimal total = Money.sum(owed);
        boolean limitShort = total.compareTo(cover.limit()) > 0;
        List<BigDecimal> paid = limitShort ? ProRata.allocate(cover.limit(), owed) : owed;
        String limitText = "commercial third-party limit " + Money.format(cover.limit()) + " (" + cover.insurerCode() + ")";
        for (int i = 0; i < covered.size(); i++) {
            LiabilitySplit.Debt debt = covered.get(i);
            String insurerText = limitShort
                    ? "; the " + limitText + " is short of the " + Money.format(total) + " owed by " + party.ref()
                            + " and is shared in proportion to the amounts owed"
                    : "; paid by the " + limitText + " (Civil Code art. 1213)";
            debt.ledger().pay(insurer, paid.get(i), debt.explanation() + insurerText);
            debt.ledger().pay(Payer.selfPay(party.ref()), debt.amount().subtract(paid.get(i)), debt.explanation()
                    + "; beyond the " + limitText + ": paid by " + party.ref() + " (Civil Code art. 1213)");
        }
    }

    /** Why the party's commercial insurer does not pay this debt, or null when it does. */
    private static String exclusion(Optional<Vehicle> vehicle, Optional<CommercialPolicy> policy,
            LiabilitySplit.Debt debt) {
        if (policy.isEmpty()) {
            return "no commercial third-party insurance: paid by the party (Civil Code art. 1213)";
        }
        if (debt.ledger().victim().role().occupies(vehicle.orElseThrow().ref())) {
            return "third-party insurance does not cover the vehicle's own occupants: paid by the party";
        }
        if (debt.ledger().item().item() == LossItem.MENTAL_DISTRESS && !policy.get().coversMentalDistress()) {
            return "the commercial policy excludes mental distress (no rider): paid by the party";
        }
        return null;
    }
}
