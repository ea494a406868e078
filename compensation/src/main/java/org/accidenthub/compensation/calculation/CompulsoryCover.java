package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.Bucket;
import org.accidenthub.compensation.items.LossItem;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.money.ProRata;

/**
 * Step 1 of who pays (Civil Code art. 1213; Road Traffic Safety Law art. 76): every involved motor
 * vehicle's compulsory insurance pays first, regardless of fault, within its sub-limits — the
 * at-fault limits, or the no-fault limits when the vehicle's driver bears no fault — for every
 * victim but the vehicle's own occupants. How sub-limits are shared: {@link SubLimitSharing}.
 * What a vehicle pays towards a victim's bucket is spread over the victim's items in the bucket
 * in proportion to what is unpaid on them; when the victim asks for it, mental distress is paid
 * first (SPC road-traffic interpretation art. 13), since commercial cover usually excludes it.
 */
final class CompulsoryCover {

    private final Accident accident;
    private final CompulsorySharing sharing;

    CompulsoryCover(Accident accident, CompulsorySharing sharing) {
        this.accident = accident;
        this.sharing = sharing;
    }

    void apply(List<VictimLedgers> victims) {
        List<Vehicle> vehicles = accident.motorVehicles();
        if (vehicles.isEmpty() || victims.isEmpty()) {
            return;
        }
        for (Bucket bucket : Bucket.values()) {
            apply(bucket, vehicles, victims);
        }
    }

    private void apply(Bucket bucket, List<Vehicle> vehicles, List<VictimLedgers> victims) {
        List<BigDecimal> losses = victims.stream().map(v -> v.unpaid(bucket)).toList();
        List<BigDecimal> limits = vehicles.stream().map(k -> accident.subLimitsOf(k).of(bucket)).toList();
        boolean[][] covers = new boolean[vehicles.size()][victims.size()];
        for (int k = 0; k < vehicles.size(); k++) {
            for (int v = 0; v < victims.size(); v++) {
                covers[k][v] = accident.thirdParty(vehicles.get(k), victims.get(v).victim());
            }
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (int k = 0; k < vehicles.size(); k++) {
            weights.add(weight(vehicles.get(k), limits.get(k)));
        }
        BigDecimal[][] paid = SubLimitSharing.share(losses, limits, covers, weights);
        for (int k = 0; k < vehicles.size(); k++) {
            BigDecimal used = Money.sum(List.of(paid[k]));
            long victimsPaid = List.of(paid[k]).stream().filter(p -> p.signum() > 0).count();
            String limitNote = used.compareTo(limits.get(k)) == 0 && victimsPaid > 1
                    ? "; the sub-limit is used up and shared among " + victimsPaid + " victims in proportion to what each asked of it"
                    : "";
            for (int v = 0; v < victims.size(); v++) {
                if (paid[k][v].signum() > 0) {
                    int sharedWith = countCovering(covers, v) - 1;
                    String text = explain(vehicles.get(k), bucket, limits.get(k), paid[k][v], victims.get(v),
                            losses.get(v)) + limitNote
                            + (sharedWith > 0 ? "; the victim's loss is shared with " + sharedWith
                                    + " other vehicle(s)' compulsory insurance, " + sharingText() : "");
                    attribute(victims.get(v), bucket, accident.compulsoryPayerOf(vehicles.get(k)), paid[k][v], text);
                }
            }
        }
    }

    /** Spreads a vehicle's payment over the victim's items in the bucket. */
    private static void attribute(VictimLedgers victim, Bucket bucket, Payer payer, BigDecimal amount, String text) {
        List<ItemLedger> items = new ArrayList<>(victim.inBucket(bucket));
        BigDecimal rest = amount;
        if (bucket == Bucket.DEATH_DISABILITY && victim.victim().mentalDistressFirstFromCompulsory()) {
            for (ItemLedger item : items) {
                if (item.item().item() == LossItem.MENTAL_DISTRESS) {
                    BigDecimal first = rest.min(item.unpaid());
                    item.pay(payer, first, text + "; mental distress paid first at the victim's request"
                            + " (SPC road-traffic interpretation art. 13)");
                    rest = rest.subtract(first);
                }
            }
            items.removeIf(item -> item.item().item() == LossItem.MENTAL_DISTRESS);
        }
        items.removeIf(item -> item.unpaid().signum() == 0);
        if (rest.signum() == 0) {
            return;
        }
        List<BigDecimal> parts = ProRata.allocate(rest, items.stream().map(ItemLedger::unpaid).toList());
        for (int i = 0; i < items.size(); i++) {
            items.get(i).pay(payer, parts.get(i), text);
        }
    }

    private String explain(Vehicle vehicle, Bucket bucket, BigDecimal limit, BigDecimal paid, VictimLedgers victim,
            BigDecimal loss) {
        Party party = accident.partyOf(vehicle);
        String who = vehicle.compulsoryInsurer()
                .map(insurer -> "compulsory insurance of " + vehicle.ref() + " (" + insurer + ") pays first,"
                        + " regardless of fault (Civil Code art. 1213)")
                .orElse(vehicle.ref() + " has no compulsory insurance: its party " + party.ref()
                        + " pays what the insurer would have (SPC road-traffic interpretation art. 16)");
        String limits = (accident.noFault(vehicle) ? "no-fault limits, driver " + party.ref() + " bears no fault"
                : "at-fault limits") + ", in force from " + accident.limits().effectiveFrom();
        return who + "; " + bucket.label() + " sub-limit " + Money.format(limit) + " (" + limits + "); pays "
                + Money.format(paid) + " of " + victim.victim().victimRef() + "'s " + bucket.label() + " loss of "
                + Money.format(loss) + (victim.inBucket(bucket).size() > 1 ? ", spread over its items in proportion" : "");
    }

    private BigDecimal weight(Vehicle vehicle, BigDecimal subLimit) {
        return switch (sharing) {
            case EQUALLY -> BigDecimal.ONE;
            case BY_LIABILITY_SHARE -> BigDecimal.valueOf(accident.partyOf(vehicle).liabilityShare());
            case BY_LIMIT -> subLimit;
        };
    }

    private String sharingText() {
        return switch (sharing) {
            case EQUALLY -> "in equal parts";
            case BY_LIABILITY_SHARE -> "in proportion to the drivers' liability shares";
            case BY_LIMIT -> "in proportion to the sub-limits (SPC road-traffic interpretation art. 18)";
        };
    }

    private static int countCovering(boolean[][] covers, int victim) {
        int count = 0;
        for (boolean[] row : covers) {
            if (row[victim]) {
                count++;
            }
        }
        return count;
    }
}
