package org.accidenthub.connectors.identity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrative division code (行政区划代码) in the shape GB/T 2260 gives it: six digits,
 * two each for province, prefecture and county. Only the shape is checked, not the current
 * code table (codes change every year and old ones stay in use in identity numbers and old
 * records), but the first two digits must name one of the province-level divisions that
 * GB/T 2260 assigns (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, 71 Taiwan, 81 Hong Kong,
 * 82 Macao). A province-level code such as 410000 is accepted.
 */
public final class DivisionCode {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{6}");

    private static final Set<Integer> PROVINCES = Set.of(
            11, 12, 13, 14, 15,
            21, 22, 23,
            31, 32, 33, 34, 35, 36, 37,
            41, 42, 43, 44, 45, 46,
            50, 51, 52, 53, 54,
            61, 62, 63, 64, 65,
            71, 81, 82);

    private DivisionCode() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null
                && SHAPE.matcher(candidate).matches()
                && PROVINCES.contains(Integer.parseInt(candidate.substring(0, 2)));
    }
}
