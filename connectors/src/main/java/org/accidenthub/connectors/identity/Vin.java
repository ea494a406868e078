package org.accidenthub.connectors.identity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vehicle identification number (车辆识别代号).
 *
 * <p>ISO 3779 defines 17 characters from the digits and the Latin capitals without I, O and Q
 * (they are too easily read as 1 and 0). The 9th character is a check digit in North America
 * (49 CFR 565.15) and, mandatorily, in China (GB 16735-2019, 5.3 and annex A): every character
 * is transliterated to a number, multiplied by its position weight, and the sum taken mod 11;
 * a remainder of 10 is written X.
 */
public final class Vin {

    /** Why a candidate is not a VIN. */
    public enum Defect {
        /** Not 17 characters from 0-9 and A-Z without I, O and Q. */
        FORMAT,
        /** The 9th character is not the check digit of the others. */
        CHECK_DIGIT
    }

    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPR-Z]{17}");

    /** Position weights 1..17; the check digit's own position 9 weighs 0. */
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /** Transliteration of A..Z (I, O and Q never occur and map to 0 here). */
    private static final int[] LETTER_VALUES = {
        1, 2, 3, 4, 5, 6, 7, 8, 0, // A-I
        1, 2, 3, 4, 5, 0, 7, 0, 9, // J-R
        2, 3, 4, 5, 6, 7, 8, 9     // S-Z
    };

    private Vin() {
    }

    /** The first defect of a candidate, or empty when it is a valid VIN. */
    public static Optional<Defect> defect(String candidate) {
        if (candidate == null || !SHAPE.matcher(candidate).matches()) {
            return Optional.of(Defect.FORMAT);
        }
        if (candidate.charAt(8) != checkDigit(candidate)) {
            return Optional.of(Defect.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    public static boolean isValid(String candidate) {
        return defect(candidate).isEmpty();
    }

    /**
     * The check digit that belongs at position 9 of a 17-character VIN (whatever is there now
     * is ignored, its weight being 0).
     */
    public static char checkDigit(String vin) {
        if (vin.length() != 17 || !SHAPE.matcher(vin).matches()) {
            throw new IllegalArgumentException("not 17 VIN characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    private static int transliterate(char c) {
        return c <= '9' ? c - '0' : LETTER_VALUES[c - 'A'];
    }
}
