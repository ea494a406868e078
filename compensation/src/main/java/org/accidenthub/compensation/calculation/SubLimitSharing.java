package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.money.ProRata;

/**
 * Shares one bucket's losses among the compulsory sub-limits of the vehicles, in whole fen.
 * Rounds of two steps, until every loss is paid or no insurer that covers an unpaid victim has
 * room left:
 * <ol>
 *   <li>each victim's unpaid loss is split among the vehicles that cover the victim and still
 *       have room, by the sharing weights (several vehicles share a victim's loss);</li>
 *   <li>each vehicle pays what is asked of it if its room allows, otherwise its room is split
 *       among the victims in proportion to what each asked (several victims share a sub-limit
 *       in proportion to their losses).</li>
 * </ol>
 * Every round either uses up a sub-limit or pays every claim in full, so there are at most one
 * more rounds than vehicles. Because unpaid shares are offered again to insurers with room, a
 * victim whose loss exceeds the sum of the covering limits receives every limit in full
 * (SPC road-traffic interpretation art. 18 para. 1).
 */
final class SubLimitSharing {

    private SubLimitSharing() {
    }

    /**
     * @param losses  per victim, the unpaid loss in the bucket
     * @param limits  per vehicle, its sub-limit for the bucket
     * @param covers  {@code covers[vehicle][victim]}: the vehicle's insurance covers the victim
     * @param weights per vehicle, its weight when sharing a victim's loss (not negative)
     * @return {@code paid[vehicle][victim]}
     */
    static BigDecimal[][] share(List<BigDecimal> losses, List<BigDecimal> limits, boolean[][] covers,
            List<BigDecimal> weights) {
        int vehicles = limits.size();
        int victims = losses.size();
        BigDecimal[] unpaid = losses.toArray(BigDecimal[]::new);
        BigDecimal[] room = limits.toArray(BigDecimal[]::new);
        BigDecimal[][] paid = zeros(vehicles, victims);
        while (true) {
            BigDecimal[][] asked = zeros(vehicles, victims);
            boolean anyAsked = false;
            for (int v = 0; v < victims; v++) {
                if (unpaid[v].signum() == 0) {
                    continue;
                }
                List<Integer> open = new ArrayList<>();
                for (int k = 0; k < vehicles; k++) {
                    if (covers[k][v] && room[k].signum() > 0) {
                        open.add(k);
                    }
                }
                if (open.isEmpty()) {
                    continue;
                }
                List<BigDecimal> parts = ProRata.allocate(unpaid[v], weightsOf(open, weights));
                for (int i = 0; i < open.size(); i++) {
                    asked[open.get(i)][v] = parts.get(i);
                }
                anyAsked = true;
            }
            if (!anyAsked) {
                return paid;
            }
            for (int k = 0; k < vehicles; k++) {
                List<BigDecimal> claims = Arrays.asList(asked[k]);
                BigDecimal total = Money.sum(claims);
                if (total.signum() == 0) {
                    continue;
                }
                List<BigDecimal> pays = total.compareTo(room[k]) <= 0 ? claims : ProRata.allocate(room[k], claims);
                for (int v = 0; v < victims; v++) {
                    paid[k][v] = paid[k][v].add(pays.get(v));
                    unpaid[v] = unpaid[v].subtract(pays.get(v));
                    room[k] = room[k].subtract(pays.get(v));
                }
            }
        }
    }

    /** The weights of the open vehicles; equal parts when they are all 0. */
    private static List<BigDecimal> weightsOf(List<Integer> open, List<BigDecimal> weights) {
        List<BigDecimal> chosen = open.stream().map(weights::get).toList();
        return chosen.stream().allMatch(w -> w.signum() == 0)
                ? chosen.stream().map(w -> BigDecimal.ONE).toList()
                : chosen;
    }

    private static BigDecimal[][] zeros(int rows, int columns) {
        BigDecimal[][] table = new BigDecimal[rows][columns];
        for (BigDecimal[] row : table) {
            Arrays.fill(row, Money.ZERO);
        }
        return table;
    }
}
