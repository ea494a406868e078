package org.accidenthub.connectors.stats19;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The record's narrative (事故经过), which the model requires and STATS19 does not have: the open
 * data carries codes only, no free text. So the hub writes plain English sentences from the
 * coded facts, with the guide's labels, and says that it did; nothing is added that the row does
 * not state. Example:
 *
 * <pre>
 * Collision with slight injuries on Wednesday 5 January 2022 at 16:40 (UK time), police force:
 * Metropolitan Police. Road: A3218, urban area, 30 mph limit. Conditions: daylight, fine without
 * high winds, road surface dry. 2 vehicles, 1 casualty. Written by the hub from the STATS19
 * codes; the source has no narrative.
 * </pre>
 */
final class Narrative {

    static final String GENERATED = "Written by the hub from the STATS19 codes; the source has no narrative.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final int UNKNOWN_SPEED_LIMIT = 99;

    private Narrative() {
    }

    static String of(CollisionRow collision, CollisionJoin.Joined joined, String road) {
        List<String> sentences = new ArrayList<>();
        sentences.add(severity(collision.severity().code()) + " on " + DATE.format(collision.date()) + " at "
                + TIME.format(collision.time()) + " (UK time), police force: " + collision.policeForce().label());
        join("Road: ", roadParts(collision, road), sentences);
        join("Conditions: ", conditions(collision), sentences);
        counts(collision, sentences);
        if (joined.vehicles() != null && !joined.vehicles().isEmpty()) {
            sentences.add("Vehicles: " + vehicles(joined.vehicles()));
        }
        if (joined.casualties() != null && !joined.casualties().isEmpty()) {
            sentences.add("Casualties: " + casualties(joined.casualties()));
        }
        return String.join(". ", sentences) + ". " + GENERATED;
    }

    static String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    private static String severity(int code) {
        return switch (code) {
            case 1 -> "Fatal collision";
            case 2 -> "Collision with serious injuries";
            default -> "Collision with slight injuries";
        };
    }

    private static List<String> roadParts(CollisionRow collision, String road) {
        List<String> parts = new ArrayList<>();
        if (road != null) {
            parts.add(road);
        } else if (collision.firstRoadClass() != null) {
            parts.add(collision.firstRoadClass().label());
        }
        if (collision.urbanOrRural() != null && collision.urbanOrRural().value() != null) {
            parts.add(collision.urbanOrRural().label() + " area");
        }
        if (collision.speedLimit() != null && collision.speedLimit() != UNKNOWN_SPEED_LIMIT) {
            parts.add(collision.speedLimit() + " mph limit");
        }
        return parts;
    }

    private static List<String> conditions(CollisionRow collision) {
        List<String> parts = new ArrayList<>();
        if (collision.light() != null) {
            parts.add(collision.light().label());
        }
        if (collision.weather() != null) {
            parts.add(collision.weather().label());
        }
        if (collision.roadSurface() != null) {
            parts.add("road surface " + collision.roadSurface().label());
        }
        return parts;
    }

    private static void counts(CollisionRow collision, List<String> sentences) {
        List<String> parts = new ArrayList<>();
        if (collision.numberOfVehicles() != null) {
            parts.add(plural(collision.numberOfVehicles(), "vehicle", "vehicles"));
        }
        if (collision.numberOfCasualties() != null) {
            parts.add(plural(collision.numberOfCasualties(), "casualty", "casualties"));
        }
        join("", parts, sentences);
    }

    /** "2 × car, 1 × pedal cycle": the guide's labels, counted, in the order of the vehicle references. */
    private static String vehicles(List<SideRows.VehicleRow> vehicles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SideRows.VehicleRow vehicle : vehicles) {
            counts.merge(vehicle.type() == null ? "vehicle of missing type" : vehicle.type().label(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((label, count) -> parts.add(count + " × " + label));
        return String.join(", ", parts);
    }

    private static String casualties(List<SideRows.CasualtyRow> casualties) {
        List<String> parts = new ArrayList<>();
        for (SideRows.CasualtyRow casualty : casualties) {
            String who = casualty.type() != null && casualty.type().value() != null
                    ? casualty.type().label()
                    : casualty.casualtyClass() == null ? "casualty" : casualty.casualtyClass().label();
            String how = casualty.severity() == null ? "severity missing" : casualty.severity().label();
            parts.add(who + " (" + how + ")");
        }
        return String.join(", ", parts);
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static void join(String lead, List<String> parts, List<String> sentences) {
        if (!parts.isEmpty()) {
            sentences.add(lead + String.join(", ", parts));
        }
    }
}
