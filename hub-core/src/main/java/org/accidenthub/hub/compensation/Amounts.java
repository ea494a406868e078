package org.accidenthub.hub.compensation;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * CNY amounts as the API carries them: decimal strings with exactly two places (API conventions),
 * within the canonical money type decimal(16, 2). Exact decimals only, never floating point.
 */
public final class Amounts {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    /** Not negative, at most 14 digits before the point, exactly two after it. */
    private static final Pattern TWO_PLACES = Pattern.compile("[0-9]{1,14}\\.[0-9]{2}");

    private Amounts() {
    }

    /** The amount, or null when the text is not a non-negative decimal with two places. */
    public static BigDecimal parse(String text) {
        return text != null && TWO_PLACES.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** "1234.50"; null stays null. */
    public static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
