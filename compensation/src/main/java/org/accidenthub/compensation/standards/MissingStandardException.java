package org.accidenthub.compensation.standards;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A standard the calculation needs is not in the tables. The calculator never guesses a figure;
 * the message names what is missing so that an admin can load it.
 */
public final class MissingStandardException extends RuntimeException {

    private final ProvinceCode province;
    private final Integer year;
    private final StandardItem item;
    private final LocalDate accidentDate;

    private MissingStandardException(String message, ProvinceCode province, Integer year, StandardItem item,
            LocalDate accidentDate) {
        super(message);
        this.province = province;
        this.year = year;
        this.item = item;
        this.accidentDate = accidentDate;
    }

    /** A regional figure is missing for this province, statistical year and item. */
    public static MissingStandardException regional(ProvinceCode province, int year, StandardItem item) {
        return new MissingStandardException("Missing regional standard " + item + " for province " + province
                + ", statistical year " + year + ": load it into the regional standards before calculating",
                province, year, item, null);
    }

    /** No compulsory-insurance limits are in force on the accident date. */
    public static MissingStandardException compulsoryLimits(LocalDate accidentDate) {
        return new MissingStandardException("Missing compulsory-insurance limits in force on " + accidentDate
                + ": the limits table has no row effective on or before that date",
                null, null, null, accidentDate);
    }

    /** The province, for a missing regional figure. */
    public Optional<ProvinceCode> province() {
        return Optional.ofNullable(province);
    }

    /** The statistical year, for a missing regional figure. */
    public OptionalInt year() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The item, for a missing regional figure. */
    public Optional<StandardItem> item() {
        return Optional.ofNullable(item);
    }

    /** The accident date, for missing compulsory-insurance limits. */
    public Optional<LocalDate> accidentDate() {
        return Optional.ofNullable(accidentDate);
    }
}
