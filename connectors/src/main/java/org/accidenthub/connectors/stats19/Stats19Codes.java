package org.accidenthub.connectors.stats19;

import java.time.DayOfWeek;
import org.accidenthub.schemas.v1.AccidentLevel;
import org.accidenthub.schemas.v1.Gender;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.Light;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.RoadSurface;
import org.accidenthub.schemas.v1.VehicleCategory;
import org.accidenthub.schemas.v1.Weather;

/**
 * The code lists the reader maps, with the labels of the DfT "Road Safety Open Data Guide"
 * (summarised in domain.md §7) and the canonical value each code maps to. The tables in
 * docs/formats/stats19.md ("Codes") are these lists; change both together. -1 ("data missing or
 * out of range") is in no list: the reader treats it, and an empty value, as absent.
 */
final class Stats19Codes {

    /** police_force: the owning unit of the record (source.unitCode is the code, unitName the force). */
    static final CodeList<String> POLICE_FORCE = forces();

    /**
     * accident_severity → AccidentLevel. The canonical levels are the Chinese grades
     * 轻微 / 一般 / 重大 / 特大, whose usual definition (Ministry of Public Security notice on accident
     * grades, 1991) puts 1-2 slightly injured in 轻微 (MINOR), 1-2 seriously injured in 一般
     * (ORDINARY) and 1-2 deaths in 重大 (SERIOUS). Each STATS19 severity is mapped to the grade of its
     * smallest case. The grades also count victims and property loss; STATS19 has no property loss,
     * so the reader never raises a grade by counts and never gives EXTRAORDINARY.
     */
    static final CodeList<AccidentLevel> ACCIDENT_SEVERITY = CodeList.<AccidentLevel>named("accident_severity")
            .code(1, "fatal", AccidentLevel.SERIOUS)
            .code(2, "serious", AccidentLevel.ORDINARY)
            .code(3, "slight", AccidentLevel.MINOR);

    /** casualty_severity → InjuryDegree: the same three words, which the canonical injury degrees have. */
    static final CodeList<InjuryDegree> CASUALTY_SEVERITY = CodeList.<InjuryDegree>named("casualty_severity")
            .code(1, "fatal", InjuryDegree.FATAL)
            .code(2, "serious", InjuryDegree.SERIOUS)
            .code(3, "slight", InjuryDegree.MINOR);

    /** light_conditions → Light. STATS19 has no twilight code, so DAWN_DUSK never comes from it. */
    static final CodeList<Light> LIGHT_CONDITIONS = CodeList.<Light>named("light_conditions")
            .code(1, "daylight", Light.DAYLIGHT)
            .code(4, "darkness with lights lit", Light.DARK_LIT)
            .code(5, "darkness with lights unlit", Light.DARK_UNLIT)
            .code(6, "darkness without lighting", Light.DARK_UNLIT)
            .code(7, "darkness, lighting unknown", Light.UNKNOWN);

    /** weather_conditions → Weather. High winds have no canonical value; the kept code says so. */
    static final CodeList<Weather> WEATHER_CONDITIONS = CodeList.<Weather>named("weather_conditions")
            .code(1, "fine without high winds", Weather.CLEAR)
            .code(2, "raining without high winds", Weather.RAIN)
            .code(3, "snowing without high winds", Weather.SNOW)
            .code(4, "fine with high winds", Weather.CLEAR)
            .code(5, "raining with high winds", Weather.RAIN)
            .code(6, "snowing with high winds", Weather.SNOW)
            .code(7, "fog or mist", Weather.FOG)
            .code(8, "other weather", Weather.OTHER)
            .code(9, "unknown weather", null);

    /** road_surface_conditions → RoadSurface. A flood (water on the road) is WET. */
    static final CodeList<RoadSurface> ROAD_SURFACE_CONDITIONS = CodeList.<RoadSurface>named("road_surface_conditions")
            .code(1, "dry", RoadSurface.DRY)
            .code(2, "wet or damp", RoadSurface.WET)
            .code(3, "snow", RoadSurface.ICE_SNOW)
            .code(4, "frost or ice", RoadSurface.ICE_SNOW)
            .code(5, "flood over 3 cm deep", RoadSurface.WET)
            .code(6, "oil or diesel", RoadSurface.OTHER)
            .code(7, "mud", RoadSurface.OTHER)
            .code(9, "unknown road surface", null);

    /** first_road_class → how its number is written (M25, A1(M), A3218, B123); null: no official number. */
    static final CodeList<String> FIRST_ROAD_CLASS = CodeList.<String>named("first_road_class")
            .code(1, "motorway", "M%d")
            .code(2, "A(M) road", "A%d(M)")
            .code(3, "A road", "A%d")
            .code(4, "B road", "B%d")
            .code(5, "C road", null)
            .code(6, "unclassified road", null);

    static final CodeList<String> URBAN_OR_RURAL_AREA = CodeList.<String>named("urban_or_rural_area")
            .code(1, "urban", "urban")
            .code(2, "rural", "rural")
            .code(3, "unallocated", null);

    /** day_of_week: 1 = Sunday; only checked against the date. */
    static final CodeList<DayOfWeek> DAY_OF_WEEK = CodeList.<DayOfWeek>named("day_of_week")
            .code(1, "Sunday", DayOfWeek.SUNDAY)
            .code(2, "Monday", DayOfWeek.MONDAY)
            .code(3, "Tuesday", DayOfWeek.TUESDAY)
            .code(4, "Wednesday", DayOfWeek.WEDNESDAY)
            .code(5, "Thursday", DayOfWeek.THURSDAY)
            .code(6, "Friday", DayOfWeek.FRIDAY)
            .code(7, "Saturday", DayOfWeek.SATURDAY);

    /** What a vehicle type is in the canonical model. */
    record VehicleKind(VehicleCategory category, boolean motorVehicle) {
    }

    /**
     * vehicle_type → category and motor-vehicle flag. Vans and goods vehicles are TRUCK, minibuses
     * BUS. Pedal cycles, ridden horses and mobility scooters (not motor vehicles in GB law) are not
     * motor vehicles; "other", "unknown" and trams are counted as motor vehicles, because the flag
     * is required and a motor vehicle is the cautious reading for compulsory insurance (domain.md
     * §6). The 1xx codes are those of the 1979-2004 specifications.
     */
    static final CodeList<VehicleKind> VEHICLE_TYPE = CodeList.<VehicleKind>named("vehicle_type")
            .code(1, "pedal cycle", new VehicleKind(VehicleCategory.BICYCLE, false))
            .code(2, "motorcycle 50cc and under", motorcycle())
            .code(3, "motorcycle 125cc and under", motorcycle())
            .code(4, "motorcycle over 125cc and up to 500cc", motorcycle())
            .code(5, "motorcycle over 500cc", motorcycle())
            .code(8, "taxi or private hire car", car())
            .code(9, "car", car())
            .code(10, "minibus", bus())
            .code(11, "bus or coach", bus())
            .code(16, "ridden horse", new VehicleKind(VehicleCategory.OTHER, false))
            .code(17, "agricultural vehicle", other())
            .code(18, "tram", other())
            .code(19, "van or goods vehicle of 3.5 tonnes or under", truck())
            .code(20, "goods vehicle over 3.5 and under 7.5 tonnes", truck())
            .code(21, "goods vehicle of 7.5 tonnes and over", truck())
            .code(22, "mobility scooter", new VehicleKind(VehicleCategory.OTHER, false))
            .code(23, "electric motorcycle", motorcycle())
            .code(90, "other vehicle", other())
            .code(97, "motorcycle of unknown cc", motorcycle())
            .code(98, "goods vehicle of unknown weight", truck())
            .code(99, "vehicle of unknown type", other())
            .code(103, "motorcycle (scooter)", motorcycle())
            .code(104, "motorcycle", motorcycle())
            .code(105, "motorcycle combination", motorcycle())
            .code(106, "motorcycle over 125cc", motorcycle())
            .code(108, "taxi", car())
            .code(109, "car", car())
            .code(110, "minibus or motor caravan", bus())
            .code(113, "goods vehicle over 3.5 tonnes", truck());

    /** casualty_class → PartyRole (a driver of a pedal cycle becomes CYCLIST through casualty_type). */
    static final CodeList<PartyRole> CASUALTY_CLASS = CodeList.<PartyRole>named("casualty_class")
            .code(1, "driver or rider", PartyRole.DRIVER)
            .code(2, "passenger", PartyRole.PASSENGER)
            .code(3, "pedestrian", PartyRole.PEDESTRIAN);

    /** casualty_type: only "cyclist" changes the role; the rest are checked and kept. */
    static final CodeList<PartyRole> CASUALTY_TYPE = casualtyTypes();

    /** sex_of_casualty → Gender. */
    static final CodeList<Gender> SEX_OF_CASUALTY = CodeList.<Gender>named("sex_of_casualty")
            .code(1, "male", Gender.M)
            .code(2, "female", Gender.F)
            .code(9, "unknown", Gender.UNKNOWN);

    private Stats19Codes() {
    }

    private static VehicleKind motorcycle() {
        return new VehicleKind(VehicleCategory.MOTORCYCLE, true);
    }

    private static VehicleKind car() {
        return new VehicleKind(VehicleCategory.CAR, true);
    }

    private static VehicleKind bus() {
        return new VehicleKind(VehicleCategory.BUS, true);
    }

    private static VehicleKind truck() {
        return new VehicleKind(VehicleCategory.TRUCK, true);
    }

    private static VehicleKind other() {
        return new VehicleKind(VehicleCategory.OTHER, true);
    }

    private static CodeList<PartyRole> casualtyTypes() {
        CodeList<PartyRole> types = CodeList.<PartyRole>named("casualty_type")
                .code(0, "pedestrian", null)
                .code(1, "cyclist", PartyRole.CYCLIST);
        for (int code : new int[] {2, 3, 4, 5, 8, 9, 10, 11, 16, 17, 18, 19, 20, 21, 22, 23, 90, 97, 98, 99,
                103, 104, 105, 106, 108, 109, 110, 113}) {
            types.code(code, "occupant of a vehicle of type " + code, null);
        }
        return types;
    }

    private static CodeList<String> forces() {
        CodeList<String> forces = CodeList.named("police_force");
        String[][] list = {
            {"1", "Metropolitan Police"}, {"3", "Cumbria"}, {"4", "Lancashire"}, {"5", "Merseyside"},
            {"6", "Greater Manchester"}, {"7", "Cheshire"}, {"10", "Northumbria"}, {"11", "Durham"},
            {"12", "North Yorkshire"}, {"13", "West Yorkshire"}, {"14", "South Yorkshire"}, {"16", "Humberside"},
            {"17", "Cleveland"}, {"20", "West Midlands"}, {"21", "Staffordshire"}, {"22", "West Mercia"},
            {"23", "Warwickshire"}, {"30", "Derbyshire"}, {"31", "Nottinghamshire"}, {"32", "Lincolnshire"},
            {"33", "Leicestershire"}, {"34", "Northamptonshire"}, {"35", "Cambridgeshire"}, {"36", "Norfolk"},
            {"37", "Suffolk"}, {"40", "Bedfordshire"}, {"41", "Hertfordshire"}, {"42", "Essex"},
            {"43", "Thames Valley"}, {"44", "Hampshire"}, {"45", "Surrey"}, {"46", "Kent"}, {"47", "Sussex"},
            {"48", "City of London"}, {"50", "Devon and Cornwall"}, {"52", "Avon and Somerset"},
            {"53", "Gloucestershire"}, {"54", "Wiltshire"}, {"55", "Dorset"}, {"60", "North Wales"},
            {"61", "Gwent"}, {"62", "South Wales"}, {"63", "Dyfed-Powys"},
            // the eight Scottish forces until their merger; Police Scotland after it
            {"91", "Northern"}, {"92", "Grampian"}, {"93", "Tayside"}, {"94", "Fife"},
            {"95", "Lothian and Borders"}, {"96", "Central"}, {"97", "Strathclyde"},
            {"98", "Dumfries and Galloway"}, {"99", "Police Scotland"}
        };
        for (String[] force : list) {
            forces.code(Integer.parseInt(force[0]), force[1], force[1]);
        }
        return forces;
    }
}
