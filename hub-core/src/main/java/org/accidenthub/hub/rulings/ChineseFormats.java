package org.accidenthub.hub.rulings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** How court documents write days and money: 2026年10月31日 in the text, 二〇二六年十月二十日 under the signature. */
final class ChineseFormats {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseFormats() {
    }

    /** 2026年10月31日 */
    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** 二〇二六年十月二十日: the year digit by digit, month and day as numbers. */
    static String dateInNumerals(LocalDate day) {
        StringBuilder year = new StringBuilder();
        String.valueOf(day.getYear()).chars().forEach(digit -> year.append(DIGITS.charAt(digit - '0')));
        return year + "年" + number(day.getMonthValue()) + "月" + number(day.getDayOfMonth()) + "日";
    }

    /** 118,000.00元 */
    static String yuan(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount.setScale(2, RoundingMode.UNNECESSARY)) + "元";
    }

    /** 1..99 as 一 .. 九十九 (十, 十一, 二十, 二十一). */
    static String number(int value) {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("only 1..99: " + value);
        }
        int tens = value / 10;
        int ones = value % 10;
        String text = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 ? text : text + DIGITS.charAt(ones);
    }
}
