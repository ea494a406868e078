package org.accidenthub.hub.claims;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** CNY amounts: exact decimals with two places, as strings in and out (API conventions). */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** The canonical money type is decimal(16, 2). */
    static final BigDecimal LARGEST = new BigDecimal("99999999999999.99");
    /** Two places exactly; a sign is let through so that a negative amount is reported as out of range. */
    private static final Pattern TWO_PLACES = Pattern.compile("-?[0-9]{1,16}\\.[0-9]{2}");

    private Money() {
    }

    /** The amount, or null when the text is not a decimal with two places. */
    static BigDecimal parse(String text) {
        return TWO_PLACES.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
