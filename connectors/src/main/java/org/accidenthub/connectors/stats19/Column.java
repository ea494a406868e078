package org.accidenthub.connectors.stats19;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns the reader uses, per table, with every name a DfT release has given them. Names
 * are compared ignoring case, which covers the capitalised older files ({@code Accident_Index},
 * {@code Weather_Conditions}, {@code Speed_limit}); the first name in the list that the header
 * has wins. Columns not listed here are ignored. STATS19 guide: DfT "Road Safety Open Data
 * Guide"; domain.md §7.
 */
enum Column {

    // --- collision table ---
    /** accident_index (2021-2023 releases), collision_index (2024 on), Accident_Index (older). */
    COLLISION_INDEX(Stats19Table.COLLISION, true, "accident_index", "collision_index"),
    COLLISION_YEAR(Stats19Table.COLLISION, false, "accident_year", "collision_year"),
    LONGITUDE(Stats19Table.COLLISION, false, "longitude"),
    LATITUDE(Stats19Table.COLLISION, false, "latitude"),
    POLICE_FORCE(Stats19Table.COLLISION, true, "police_force"),
    /** legacy_collision_severity is the 2024 name of the same 1/2/3 code. */
    SEVERITY(Stats19Table.COLLISION, true, "accident_severity", "legacy_collision_severity", "collision_severity"),
    NUMBER_OF_VEHICLES(Stats19Table.COLLISION, false, "number_of_vehicles"),
    NUMBER_OF_CASUALTIES(Stats19Table.COLLISION, false, "number_of_casualties"),
    DATE(Stats19Table.COLLISION, true, "date"),
    DAY_OF_WEEK(Stats19Table.COLLISION, false, "day_of_week"),
    TIME(Stats19Table.COLLISION, true, "time"),
    FIRST_ROAD_CLASS(Stats19Table.COLLISION, false, "first_road_class", "1st_road_class"),
    FIRST_ROAD_NUMBER(Stats19Table.COLLISION, false, "first_road_number", "1st_road_number"),
    SPEED_LIMIT(Stats19Table.COLLISION, false, "speed_limit"),
    LIGHT_CONDITIONS(Stats19Table.COLLISION, false, "light_conditions"),
    WEATHER_CONDITIONS(Stats19Table.COLLISION, false, "weather_conditions"),
    ROAD_SURFACE_CONDITIONS(Stats19Table.COLLISION, false, "road_surface_conditions"),
    URBAN_OR_RURAL_AREA(Stats19Table.COLLISION, false, "urban_or_rural_area"),

    // --- vehicle table ---
    VEHICLE_INDEX(Stats19Table.VEHICLE, true, "accident_index", "collision_index"),
    VEHICLE_REFERENCE(Stats19Table.VEHICLE, true, "vehicle_reference"),
    VEHICLE_TYPE(Stats19Table.VEHICLE, true, "vehicle_type"),

    // --- casualty table ---
    CASUALTY_INDEX(Stats19Table.CASUALTY, true, "accident_index", "collision_index"),
    CASUALTY_VEHICLE_REFERENCE(Stats19Table.CASUALTY, true, "vehicle_reference"),
    CASUALTY_REFERENCE(Stats19Table.CASUALTY, true, "casualty_reference"),
    CASUALTY_CLASS(Stats19Table.CASUALTY, true, "casualty_class"),
    CASUALTY_SEVERITY(Stats19Table.CASUALTY, true, "casualty_severity"),
    SEX_OF_CASUALTY(Stats19Table.CASUALTY, false, "sex_of_casualty"),
    CASUALTY_TYPE(Stats19Table.CASUALTY, false, "casualty_type");

    private final Stats19Table table;
    private final boolean required;
    private final List<String> names;

    Column(Stats19Table table, boolean required, String... names) {
        this.table = table;
        this.required = required;
        this.names = List.of(names);
    }

    Stats19Table table() {
        return table;
    }

    /** Required columns must be in the header, else the file is not read at all. */
    boolean required() {
        return required;
    }

    /** The accepted names, preferred first, in lower case. */
    List<String> names() {
        return names;
    }

    /** The name the documentation and problem paths use when the header does not have the column. */
    String preferredName() {
        return names.get(0);
    }

    static List<Column> of(Stats19Table table) {
        return Arrays.stream(values()).filter(column -> column.table == table).toList();
    }

    /** Header names compare without case and surrounding blanks. */
    static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT);
    }
}
