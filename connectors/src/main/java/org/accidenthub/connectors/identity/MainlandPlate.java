package org.accidenthub.connectors.identity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mainland motor-vehicle plate number (机动车号牌号码) per GA 36-2018: the province's
 * one-character abbreviation, the issuing authority's letter (no I or O), then the serial.
 *
 * <ul>
 *   <li>ordinary plates: 5 characters from the digits and letters without I and O; the last may
 *       instead be 挂 (trailer), 学 (driving school), 警 (police), 港 or 澳 (Hong Kong / Macao
 *       vehicles entering the mainland);</li>
 *   <li>new-energy plates: 6 characters. Small vehicles: a series letter, then a digit or letter,
 *       then 4 digits; large vehicles: 5 digits, then the series letter. GA 36-2018 defines the
 *       series letters D (battery electric) and F (other new energy); since 2021 the Ministry of
 *       Public Security also issues A, B, C, E (battery electric) and G, H, J, K (other).</li>
 * </ul>
 *
 * <p>Embassy and consulate plates (使, 领) and armed-police plates (WJ) are not mainland plates
 * in this sense and are refused.
 *
 * @param province  the province abbreviation, e.g. 豫
 * @param authority the issuing authority letter, e.g. Q
 * @param serial    the 5 or 6 characters that follow
 * @param newEnergy whether it is a new-energy (green) plate
 */
public record MainlandPlate(char province, char authority, String serial, boolean newEnergy) {

    /** Abbreviations of the 31 mainland provinces, autonomous regions and municipalities. */
    public static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";

    private static final String LETTER_OR_DIGIT = "[0-9A-HJ-NP-Z]";
    private static final String NEW_ENERGY_SERIES = "[A-HJK]";

    private static final Pattern PLATE = Pattern.compile(
            "([" + PROVINCES + "])([A-HJ-NP-Z])(.+)");
    private static final Pattern ORDINARY_SERIAL = Pattern.compile(
            LETTER_OR_DIGIT + "{4}(" + LETTER_OR_DIGIT + "|[挂学警港澳])");
    private static final Pattern NEW_ENERGY_SERIAL = Pattern.compile(
            NEW_ENERGY_SERIES + LETTER_OR_DIGIT + "[0-9]{4}|[0-9]{5}" + NEW_ENERGY_SERIES);

    /** The plate, or empty when the text is not a mainland plate number. */
    public static Optional<MainlandPlate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher plate = PLATE.matcher(text);
        if (!plate.matches()) {
            return Optional.empty();
        }
        String serial = plate.group(3);
        boolean ordinary = ORDINARY_SERIAL.matcher(serial).matches();
        boolean newEnergy = NEW_ENERGY_SERIAL.matcher(serial).matches();
        if (!ordinary && !newEnergy) {
            return Optional.empty();
        }
        return Optional.of(new MainlandPlate(plate.group(1).charAt(0), plate.group(2).charAt(0), serial, newEnergy));
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }
}
