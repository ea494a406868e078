package org.accidenthub.compensation.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount in whole fen in proportion to weights so that the parts add up to the amount
 * exactly: the largest-remainder (Hamilton) method. Each part is first the exact share rounded
 * down to the fen; the fen left over go one each to the parts with the largest remainders, ties
 * to the earlier part. The result is deterministic, and no part exceeds its weight when the
 * weights are the claims being paid and the amount is not larger than their sum.
 */
public final class ProRata {

    private ProRata() {
    }

    /**
     * @param total   amount to split, at least 0.00 and in whole fen
     * @param weights at least one, none negative, at least one positive
     * @return one part per weight, scale 2, summing to {@code total}
     */
    public static List<BigDecimal> allocate(BigDecimal total, List<BigDecimal> weights) {
        if (total.signum() < 0 || !Money.isWholeFen(total)) {
            throw new IllegalArgumentException("total must be a non-negative amount in fen: " + total);
        }
        List<BigInteger> units = asIntegers(weights);
        BigInteger sum = units.stream().reduce(BigInteger.ZERO, BigInteger::add);
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        BigInteger fen = total.movePointRight(Money.SCALE).toBigIntegerExact();
        List<BigInteger> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger allocated = BigInteger.ZERO;
        for (BigInteger weight : units) {
            BigInteger[] qr = fen.multiply(weight).divideAndRemainder(sum);
            parts.add(qr[0]);
            remainders.add(qr[1]);
            allocated = allocated.add(qr[0]);
        }
        int leftover = fen.subtract(allocated).intValueExact();
        IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(i -> i))
                .limit(leftover)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return parts.stream().map(p -> new BigDecimal(p, Money.SCALE)).toList();
    }

    private static List<BigInteger> asIntegers(List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("no weights");
        }
        int scale = 0;
        for (BigDecimal weight : weights) {
            if (weight.signum() < 0) {
                throw new IllegalArgumentException("negative weight: " + weight);
            }
            scale = Math.max(scale, weight.scale());
        }
        int common = scale;
        return weights.stream().map(w -> w.setScale(common).unscaledValue()).toList();
    }
}
