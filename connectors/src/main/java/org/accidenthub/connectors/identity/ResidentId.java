package org.accidenthub.connectors.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland resident identity number (居民身份证号码) as defined by GB 11643-1999: a 6-digit
 * address code (GB/T 2260), the birth date as YYYYMMDD, a 3-digit sequence whose last digit
 * (the 17th character) is odd for men and even for women, and a check character computed
 * with ISO 7064:1983 MOD 11-2 (0-9 or upper-case X, which stands for 10).
 *
 * @param number    the 18 characters
 * @param birthDate the embedded birth date (characters 7-14)
 * @param sex       from the 17th character
 */
public record ResidentId(String number, LocalDate birthDate, Sex sex) {

    public enum Sex { MALE, FEMALE }

    /** Why a candidate is not a resident ID, from the coarsest to the finest check. */
    public enum Defect {
        /** Not 17 digits followed by a digit or X. */
        FORMAT,
        /** The 18th character is not the ISO 7064 MOD 11-2 check character of the first 17. */
        CHECK_CHARACTER,
        /** Characters 7-14 are not a real calendar date, or the date lies after today. */
        BIRTH_DATE
    }

    private static final Pattern SHAPE = Pattern.compile("[0-9]{17}[0-9X]");

    /** ISO 7064 MOD 11-2 weights: 2^(18-i) mod 11 for position i = 1..17. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Check character for each remainder 0..10 of the weighted sum mod 11 (GB 11643-1999, 6.2). */
    private static final String CHECK_CHARACTERS = "10X98765432";

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The first defect of a candidate, or empty when it is a valid resident ID.
     *
     * @param today the date against which a birth date counts as "in the future"
     */
    public static Optional<Defect> defect(String candidate, LocalDate today) {
        if (candidate == null || !SHAPE.matcher(candidate).matches()) {
            return Optional.of(Defect.FORMAT);
        }
        if (candidate.charAt(17) != checkCharacter(candidate.substring(0, 17))) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        LocalDate birthDate = embeddedBirthDate(candidate);
        if (birthDate == null || birthDate.isAfter(today)) {
            return Optional.of(Defect.BIRTH_DATE);
        }
        return Optional.empty();
    }

    /** Reads a candidate that {@link #defect} accepted; throws {@link IllegalArgumentException} otherwise. */
    public static ResidentId of(String candidate, LocalDate today) {
        defect(candidate, today).ifPresent(defect -> {
            throw new IllegalArgumentException("not a valid resident ID: " + defect);
        });
        Sex sex = (candidate.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new ResidentId(candidate, embeddedBirthDate(candidate), sex);
    }

    /** The ISO 7064 MOD 11-2 check character of 17 digits. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits.length() != 17) {
            throw new IllegalArgumentException("need 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = Character.digit(first17Digits.charAt(i), 10);
            if (digit < 0) {
                throw new IllegalArgumentException("need 17 digits");
            }
            sum += digit * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static LocalDate embeddedBirthDate(String candidate) {
        try {
            return LocalDate.parse(candidate.substring(6, 14), BIRTH_DATE);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
