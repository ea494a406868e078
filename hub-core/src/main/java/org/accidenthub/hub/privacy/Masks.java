package org.accidenthub.hub.privacy;

/**
 * How personal values look to a role that may recognise a person but not know them in full
 * (domain reference §2): the conventional Chinese masks, which keep what is needed to tell two
 * parties apart and to check a value a party states.
 */
public final class Masks {

    private static final String DISTRICT_ENDINGS = "区县旗";

    private Masks() {
    }

    /** {@code 411702198503141230} → {@code 411702********1230}: the region of issue and the last four. */
    public static String idNumber(String value) {
        return keep(value, Math.min(6, value == null ? 0 : value.length() / 3), 4);
    }

    /** {@code 13803960001} → {@code 138****0001}: the carrier prefix and the last four. */
    public static String phone(String value) {
        return keep(value, Math.min(3, value == null ? 0 : Math.max(0, value.length() - 8)), 4);
    }

    /**
     * The address down to its county-level division ({@code 驻马店市驿城区中华路社区7号楼} → {@code 驻马店市驿城区…}): the
     * first 区, 县 or 旗 within the first 16 characters; without one, nothing of the address is shown.
     */
    public static String address(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < Math.min(value.length(), 16); i++) {
            if (DISTRICT_ENDINGS.indexOf(value.charAt(i)) >= 0) {
                return i + 1 == value.length() ? value : value.substring(0, i + 1) + "…";
            }
        }
        return "…";
    }

    /** The first {@code head} and last {@code tail} characters, every other one a star; short values all stars. */
    private static String keep(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}
