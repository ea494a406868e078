package org.accidenthub.connectors.police;

import java.util.List;

/**
 * The closed value lists of the police file (spec, field table; modelled on the GA/T 16 code
 * lists). Kept apart from the canonical enums on purpose: those carry fallback symbols such
 * as UNKNOWN for schema evolution, which a police file may not send.
 */
final class CodeLists {

    static final List<String> PROCEDURES = List.of("GENERAL", "SIMPLE", "FAST_ONLINE");
    static final List<String> WEATHER = List.of("CLEAR", "CLOUDY", "RAIN", "SNOW", "FOG", "OTHER");
    static final List<String> LIGHT = List.of("DAYLIGHT", "DARK_LIT", "DARK_UNLIT", "DAWN_DUSK");
    static final List<String> ROAD_SURFACES = List.of("DRY", "WET", "ICE_SNOW", "OTHER");
    static final List<String> LEVELS = List.of("MINOR", "ORDINARY", "SERIOUS", "EXTRAORDINARY");
    static final List<String> FORMS = List.of(
            "HEAD_ON", "SIDE", "REAR_END", "SCRAPE", "ROLLOVER", "HIT_PEDESTRIAN", "HIT_OBJECT", "FALL", "OTHER");
    static final List<String> FINDING_KINDS = List.of("LIABILITY_FINDING", "ACCIDENT_CERTIFICATE");
    static final List<String> ROLES = List.of("DRIVER", "PEDESTRIAN", "CYCLIST", "PASSENGER", "OWNER");
    static final List<String> ID_TYPES = List.of("RESIDENT_ID", "PASSPORT", "OTHER");
    static final List<String> GENDERS = List.of("M", "F");
    static final List<String> RESPONSIBILITIES = List.of("FULL", "MAIN", "EQUAL", "SECONDARY", "NONE");
    static final List<String> INJURIES = List.of("NONE", "MINOR", "SERIOUS", "FATAL");
    static final List<String> VEHICLE_CATEGORIES = List.of(
            "CAR", "TRUCK", "BUS", "MOTORCYCLE", "E_BIKE", "BICYCLE", "OTHER");
    static final List<String> DAMAGES = List.of("NONE", "MINOR", "MODERATE", "SEVERE", "TOTAL");
    static final List<String> POLICY_KINDS = List.of("COMPULSORY", "COMMERCIAL_THIRD_PARTY");

    private CodeLists() {
    }
}
