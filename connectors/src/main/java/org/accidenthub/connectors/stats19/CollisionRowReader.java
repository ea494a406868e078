package org.accidenthub.connectors.stats19;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentLevel;

/**
 * Reads the values of one collision row by the rules of docs/formats/stats19.md ("Columns"),
 * collecting every problem. Returns the row only when it has no error.
 */
final class CollisionRowReader {

    /** Great Britain with its islands, generously; outside it the coordinates are suspicious, not wrong. */
    private static final double GB_SOUTH = 49.0;
    private static final double GB_NORTH = 61.0;
    private static final double GB_WEST = -9.0;
    private static final double GB_EAST = 2.0;

    private CollisionRowReader() {
    }

    static CollisionRow read(RowFields fields, ReadContext context) {
        ProblemCollector problems = fields.problems();
        String index = index(fields, Column.COLLISION_INDEX);
        CodeList.Entry<String> force = fields.code(Column.POLICE_FORCE, Stats19Codes.POLICE_FORCE, true);
        CodeList.Entry<AccidentLevel> severity = fields.code(Column.SEVERITY, Stats19Codes.ACCIDENT_SEVERITY, true);
        LocalDate date = LocalDates.date(fields, Column.DATE);
        LocalTime time = LocalDates.time(fields, Column.TIME);
        Instant occurredAt = date == null || time == null ? null : occurredAt(fields, date, time, context);
        Double longitude = fields.decimal(Column.LONGITUDE, -180, 180);
        Double latitude = fields.decimal(Column.LATITUDE, -90, 90);
        checkCoordinates(fields, longitude, latitude);
        CollisionRow row = new CollisionRow(
                fields.line(),
                index,
                force,
                severity,
                date,
                time,
                occurredAt,
                longitude,
                latitude,
                fields.integer(Column.NUMBER_OF_VEHICLES, false, 0, 999),
                fields.integer(Column.NUMBER_OF_CASUALTIES, false, 0, 999),
                fields.code(Column.FIRST_ROAD_CLASS, Stats19Codes.FIRST_ROAD_CLASS, false),
                fields.integer(Column.FIRST_ROAD_NUMBER, false, 0, 9999),
                fields.integer(Column.SPEED_LIMIT, false, 1, 200),
                fields.code(Column.LIGHT_CONDITIONS, Stats19Codes.LIGHT_CONDITIONS, false),
                fields.code(Column.WEATHER_CONDITIONS, Stats19Codes.WEATHER_CONDITIONS, false),
                fields.code(Column.ROAD_SURFACE_CONDITIONS, Stats19Codes.ROAD_SURFACE_CONDITIONS, false),
                fields.code(Column.URBAN_OR_RURAL_AREA, Stats19Codes.URBAN_OR_RURAL_AREA, false));
        checkDayAndYear(fields, date);
        return problems.hasErrors() ? null : row;
    }

    /** The collision index: required, 1-32 letters and digits (it becomes source.reportNumber). */
    static String index(RowFields fields, Column column) {
        String index = fields.text(column, true);
        if (index != null && !RowShape.INDEX.matcher(index).matches()) {
            fields.problems().error(fields.path(column), Stats19ProblemCode.PATTERN_MISMATCH.name(),
                    "'" + RowFields.excerpt(index) + "' is not a collision index (1 to 32 letters and digits)");
            return null;
        }
        return index;
    }

    /** Local date and time in Europe/London, not after the file was received. */
    private static Instant occurredAt(RowFields fields, LocalDate date, LocalTime time, ReadContext context) {
        Instant instant = LocalDates.london(date, time, fields.path(Column.TIME), fields.problems());
        if (instant.isAfter(context.receivedAt())) {
            fields.problems().error(fields.path(Column.DATE), Stats19ProblemCode.OCCURRED_IN_FUTURE.name(),
                    "the collision (" + instant + ") is after the file was received (" + context.receivedAt() + ")");
        }
        return instant;
    }

    private static void checkCoordinates(RowFields fields, Double longitude, Double latitude) {
        boolean longitudeWritten = !RowFields.missing(fields.raw(Column.LONGITUDE));
        boolean latitudeWritten = !RowFields.missing(fields.raw(Column.LATITUDE));
        if (longitudeWritten != latitudeWritten) {
            Column absent = longitudeWritten ? Column.LATITUDE : Column.LONGITUDE;
            fields.problems().error(fields.path(absent), Stats19ProblemCode.COORDINATES_INCOMPLETE.name(),
                    "longitude and latitude come together or not at all");
            return;
        }
        if (longitude != null && latitude != null
                && (latitude < GB_SOUTH || latitude > GB_NORTH || longitude < GB_WEST || longitude > GB_EAST)) {
            fields.problems().warning(fields.path(Column.LATITUDE), Stats19ProblemCode.COORDINATES_OUTSIDE_GB.name(),
                    "latitude " + latitude + ", longitude " + longitude
                            + " is outside Great Britain; are longitude and latitude swapped?");
        }
    }

    /** day_of_week and the year column repeat the date; a disagreement is worth a warning, the date wins. */
    private static void checkDayAndYear(RowFields fields, LocalDate date) {
        CodeList.Entry<DayOfWeek> day = fields.code(Column.DAY_OF_WEEK, Stats19Codes.DAY_OF_WEEK, false);
        Integer year = fields.integer(Column.COLLISION_YEAR, false, 1900, 9999);
        if (date == null) {
            return;
        }
        if (day != null && day.value() != date.getDayOfWeek()) {
            fields.problems().warning(fields.path(Column.DAY_OF_WEEK), Stats19ProblemCode.DAY_OF_WEEK_MISMATCH.name(),
                    "day_of_week " + day.code() + " (" + day.label() + ") but " + date + " is a "
                            + Narrative.dayName(date.getDayOfWeek()) + "; the date is used");
        }
        if (year != null && year != date.getYear()) {
            fields.problems().warning(fields.path(Column.COLLISION_YEAR), Stats19ProblemCode.YEAR_MISMATCH.name(),
                    "the year column says " + year + " but the date is in " + date.getYear() + "; the date is used");
        }
    }
}
