package org.accidenthub.connectors.insurer;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** CNY amounts in insurer messages: decimal strings with exactly two places, never binary floating point. */
final class InsurerMoney {

    /** The canonical money type is decimal(16, 2). */
    static final BigDecimal LARGEST = new BigDecimal("99999999999999.99");
    static final String CURRENCY = "CNY";
    /** A sign is let through so that a negative amount is reported as out of range, not as malformed. */
    static final Pattern TWO_PLACES = Pattern.compile("-?[0-9]{1,16}\\.[0-9]{2}");

    private InsurerMoney() {
    }

    static String format(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2).toPlainString();
    }
}
