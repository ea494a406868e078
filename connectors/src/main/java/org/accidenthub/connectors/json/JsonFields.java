package org.accidenthub.connectors.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Reads the fields of one JSON object, recording a problem at the field's JSON pointer for
 * each field that is missing, of the wrong type, too long, or outside its pattern or list.
 * A method returns null when the field is absent or unacceptable, so the reader goes on and
 * the sender sees every problem in one answer.
 *
 * <p>Conventions (docs/formats/police-accident-file.md and mediation-messages.md, "Reading rules"): JSON null counts as
 * absent; a required string must not be blank; lengths count Unicode characters (code points).
 */
public final class JsonFields {

    private final ObjectNode node;
    private final String path;
    private final ProblemCollector problems;
    private final Set<String> read = new HashSet<>();
    private final Set<String> failed = new HashSet<>();

    public JsonFields(ObjectNode node, String path, ProblemCollector problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public String path() {
        return path;
    }

    public String pathOf(String name) {
        return Pointer.field(path, name);
    }

    /** The names of the fields that had a problem (their value is unknown, not absent). */
    public Set<String> invalid() {
        return Set.copyOf(failed);
    }

    /** Whether the field is present with a value other than null (whatever its type). */
    public boolean present(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    public void fail(String name, ProblemCodeName code, String message) {
        failed.add(name);
        problems.error(pathOf(name), code.name(), message);
    }

    /** The field's value when present and not null; records REQUIRED when a required one is not. */
    public JsonNode value(String name, Presence presence) {
        read.add(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (presence == Presence.REQUIRED) {
                fail(name, JsonProblemCode.REQUIRED, "the field is required");
            }
            return null;
        }
        return value;
    }

    /** A string of at most maxLength characters (0: no limit of its own). */
    public String text(String name, Presence presence, int maxLength) {
        JsonNode value = value(name, presence);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be a string");
            return null;
        }
        String text = value.textValue();
        if (presence == Presence.REQUIRED && text.isBlank()) {
            fail(name, JsonProblemCode.REQUIRED, "must not be blank");
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (maxLength > 0 && length > maxLength) {
            fail(name, JsonProblemCode.TOO_LONG, "must be at most " + maxLength + " characters, is " + length);
            return null;
        }
        return text;
    }

    /** A string that must match the whole pattern; {@code expected} completes "must be ...". */
    public String matching(String name, Presence presence, Pattern pattern, ProblemCodeName code, String expected) {
        return checked(name, presence, pattern.asMatchPredicate(), code, expected);
    }

    /** A string that must pass a check (a resident ID, a plate, ...); {@code expected} completes "must be ...". */
    public String checked(String name, Presence presence, Predicate<String> check, ProblemCodeName code, String expected) {
        String text = text(name, presence, 0);
        if (text != null && !check.test(text)) {
            fail(name, code, "must be " + expected);
            return null;
        }
        return text;
    }

    /** A string from a closed list (the spec's code lists). */
    public String oneOf(String name, Presence presence, List<String> allowed) {
        String text = text(name, presence, 0);
        if (text != null && !allowed.contains(text)) {
            fail(name, JsonProblemCode.NOT_ALLOWED_VALUE, "must be one of " + String.join(", ", allowed));
            return null;
        }
        return text;
    }

    /** A whole number in [min, max]; 3.0 counts as whole, as in JSON Schema. */
    public Long integer(String name, Presence presence, long min, long max) {
        BigDecimal number = number(name, presence, "an integer");
        if (number == null) {
            return null;
        }
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be an integer");
            return null;
        }
        if (!within(name, number, BigDecimal.valueOf(min), BigDecimal.valueOf(max))) {
            return null;
        }
        return number.longValueExact();
    }

    /** A number in [min, max]. */
    public Double decimal(String name, Presence presence, double min, double max) {
        BigDecimal number = number(name, presence, "a number");
        if (number == null || !within(name, number, BigDecimal.valueOf(min), BigDecimal.valueOf(max))) {
            return null;
        }
        return number.doubleValue();
    }

    /** An ISO-8601 date-time with its offset, e.g. 2026-10-03T08:15:00+08:00. */
    public OffsetDateTime dateTime(String name, Presence presence) {
        String text = text(name, presence, 0);
        if (text == null) {
            return null;
        }
        return IsoCalendar.dateTime(text).orElseGet(() -> {
            fail(name, JsonProblemCode.INVALID_DATE_TIME,
                    "must be an ISO-8601 date-time with offset, e.g. 2026-10-03T08:15:00+08:00");
            return null;
        });
    }

    /** A calendar date YYYY-MM-DD. */
    public LocalDate date(String name, Presence presence) {
        String text = text(name, presence, 0);
        if (text == null) {
            return null;
        }
        return IsoCalendar.date(text).orElseGet(() -> {
            fail(name, JsonProblemCode.INVALID_DATE, "must be a calendar date YYYY-MM-DD");
            return null;
        });
    }

    public Boolean bool(String name, Presence presence) {
        JsonNode value = value(name, presence);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    public JsonFields object(String name, Presence presence) {
        JsonNode value = value(name, presence);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be an object");
            return null;
        }
        return new JsonFields((ObjectNode) value, pathOf(name), problems);
    }

    /** The objects of an array of min..max elements; an element that is no object is reported and skipped. */
    public List<JsonFields> objects(String name, Presence presence, int min, int max) {
        JsonNode value = value(name, presence);
        List<JsonFields> objects = new ArrayList<>();
        if (value == null) {
            return objects;
        }
        if (!value.isArray()) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be an array");
            return objects;
        }
        if (value.size() < min || value.size() > max) {
            fail(name, JsonProblemCode.ARRAY_SIZE, "must have " + min + " to " + max + " elements, has " + value.size());
        }
        for (int i = 0; i < value.size(); i++) {
            String elementPath = Pointer.index(pathOf(name), i);
            if (value.get(i).isObject()) {
                objects.add(new JsonFields((ObjectNode) value.get(i), elementPath, problems));
            } else {
                failed.add(name);
                problems.error(elementPath, JsonProblemCode.WRONG_TYPE.name(), "must be an object");
            }
        }
        return objects;
    }

    /** Warns about every field no reader asked for: a later 1.x minor may add fields (spec, formatVersion). */
    public void reportUnknownFields() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!read.contains(name)) {
                problems.warning(pathOf(name), JsonProblemCode.UNKNOWN_FIELD.name(),
                        "not a field of format 1.0 (which this connector reads); ignored");
            }
        }
    }

    private BigDecimal number(String name, Presence presence, String expected) {
        JsonNode value = value(name, presence);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            fail(name, JsonProblemCode.WRONG_TYPE, "must be " + expected);
            return null;
        }
        return value.decimalValue();
    }

    private boolean within(String name, BigDecimal number, BigDecimal min, BigDecimal max) {
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            fail(name, JsonProblemCode.OUT_OF_RANGE,
                    "must be between " + min.toPlainString() + " and " + max.toPlainString());
            return false;
        }
        return true;
    }
}
