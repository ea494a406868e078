package org.accidenthub.hub.compensation;

import java.util.List;
import org.accidenthub.hub.cases.Page;

/**
 * {@code ?page=&size=} of a list (API conventions: size capped at 100, default 20). The lists of
 * compensation are short (the versions of one case, the province-years of the standards), so a
 * page is cut from the whole list.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** 400 with every malformed parameter at {@code /query/<name>}. */
    public static PageRequest parse(String page, String size, BodyChecks checks) {
        int number = integer("page", page, 0, checks);
        int length = integer("size", size, DEFAULT_SIZE, checks);
        if (length < 1) {
            checks.add("/query/size", "OUT_OF_RANGE", "size must be at least 1");
        }
        return new PageRequest(number, Math.max(1, Math.min(length, MAX_SIZE)));
    }

    public <T> Page<T> of(List<T> all) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }

    private static int integer(String name, String value, int absent, BodyChecks checks) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < 0) {
                checks.add("/query/" + name, "OUT_OF_RANGE", name + " cannot be negative");
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            checks.add("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number");
            return absent;
        }
    }
}
