package org.accidenthub.compensation.standards;

import java.util.regex.Pattern;

/**
 * The region whose statistics apply, as a 6-digit GB/T 2260 code: a province-level code such as
 * {@code 410000} (Henan), or the code of a special economic zone or city with independent
 * planning status that publishes its own figures, such as {@code 440300} (Shenzhen) — the SPC
 * personal-injury interpretation (2022) art. 22 names both as sources of the standards.
 * Six digits rather than the 2-digit prefix so that those cities fit; the caller picks the code
 * (usually the province of the court, see {@link #provinceOf(String)}), nothing falls back
 * from a city to its province silently.
 */
public record ProvinceCode(String code) {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{3}00");

    public ProvinceCode {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "a province code is a 6-digit GB/T 2260 code ending in 00 (e.g. 410000): " + code);
        }
    }

    /** {@code of("410000")}; also accepts the 2-digit province prefix ({@code "41"}). */
    public static ProvinceCode of(String code) {
        return new ProvinceCode(code != null && code.length() == 2 ? code + "0000" : code);
    }

    /** The province of any 6-digit division code: {@code provinceOf("411702")} is 410000. */
    public static ProvinceCode provinceOf(String divisionCode) {
        if (divisionCode == null || !divisionCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("not a 6-digit division code: " + divisionCode);
        }
        return new ProvinceCode(divisionCode.substring(0, 2) + "0000");
    }

    /** Whether the text is a valid code (6 digits ending in 00, or a 2-digit prefix). */
    public static boolean isValid(String code) {
        return code != null && (code.matches("[1-9]\\d") || SHAPE.matcher(code).matches());
    }

    @Override
    public String toString() {
        return code;
    }
}
