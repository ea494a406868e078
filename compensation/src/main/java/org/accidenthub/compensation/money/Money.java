package org.accidenthub.compensation.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts in CNY: exact decimals, never floating point, rounded half-up to 0.01 (fen) where
 * an amount is final (domain reference §6).
 */
public final class Money {

    /** Scale of every final amount: two decimals (0.01 CNY). */
    public static final int SCALE = 2;

    /** 0.00 */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Money() {
    }

    /** Rounds an exact or intermediate amount half-up to 0.01 CNY. */
    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** Whether the amount has no more than two decimals (a value a receipt can carry). */
    public static boolean isWholeFen(BigDecimal amount) {
        return amount.stripTrailingZeros().scale() <= SCALE;
    }

    /** "41,000.00": the amount as shown in formulas. */
    public static String format(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", round(amount));
    }

    /** The sum of the amounts, 0.00 when there are none. */
    public static BigDecimal sum(Iterable<BigDecimal> amounts) {
        BigDecimal total = ZERO;
        for (BigDecimal amount : amounts) {
            total = total.add(amount);
        }
        return total;
    }
}
