package org.accidenthub.connectors.arbitration;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Reads the child elements of one element of a message, recording a problem at the child's path
 * for each one that is missing, repeated, of the wrong content, too long, or outside its pattern
 * or list. A method returns null when the value is absent or unacceptable, so the reader goes on
 * and the sender sees every problem in one answer.
 *
 * <p>Conventions (docs/formats/arbitration-messages.md, "Reading rules"): only elements in the
 * format's namespace count; leading and trailing whitespace of text is ignored; an empty
 * element counts as absent; lengths count Unicode characters (code points).
 */
final class ElementFields {

    /** ISO-8601 extended format with a mandatory offset: without one, Beijing time or UTC would be a guess. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** decimal(16, 2) of the canonical model: up to 14 integer digits, up to 2 decimals, no sign. */
    private static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,13})(\\.[0-9]{1,2})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,18}");

    private final XmlElement element;
    private final ProblemCollector problems;
    private final Set<String> read = new HashSet<>();

    ElementFields(XmlElement element, ProblemCollector problems) {
        this.element = element;
        this.problems = problems;
    }

    String path() {
        return element.path();
    }

    XmlElement element() {
        return element;
    }

    void fail(String path, ArbitrationProblemCode code, String message) {
        problems.error(path, code.name(), message);
    }

    /** Whether a child of this name is there with some content (valid or not). */
    boolean has(String name) {
        return element.children().stream().anyMatch(child -> child.isIn(ArbitrationXml.NAMESPACE)
                && child.name().equals(name) && (child.hasText() || !child.children().isEmpty()));
    }

    /** The child of this name; REQUIRED when a required one is missing, DUPLICATE_ELEMENT for each repetition. */
    Optional<XmlElement> child(String name, Presence presence) {
        read.add(name);
        List<XmlElement> matches = element.children().stream()
                .filter(child -> child.isIn(ArbitrationXml.NAMESPACE) && child.name().equals(name))
                .toList();
        if (matches.isEmpty()) {
            if (presence == Presence.REQUIRED) {
                fail(element.path() + "/" + name, ArbitrationProblemCode.REQUIRED, "the element is required");
            }
            return Optional.empty();
        }
        matches.stream().skip(1).forEach(repeated -> fail(repeated.path(), ArbitrationProblemCode.DUPLICATE_ELEMENT,
                "the element may appear only once here"));
        return Optional.of(matches.get(0));
    }

    /** The trimmed text of a child of at most maxLength characters (0: no limit of its own). */
    String text(String name, Presence presence, int maxLength) {
        Optional<XmlElement> child = child(name, presence);
        return child.map(leaf -> leafText(leaf, presence, maxLength)).orElse(null);
    }

    /** The trimmed text of an element that must hold text only; null when absent or unacceptable. */
    String leafText(XmlElement leaf, Presence presence, int maxLength) {
        if (!leaf.children().isEmpty()) {
            fail(leaf.path(), ArbitrationProblemCode.WRONG_CONTENT, "must hold text, not elements");
            return null;
        }
        String text = leaf.text().strip();
        if (text.isEmpty()) {
            if (presence == Presence.REQUIRED) {
                fail(leaf.path(), ArbitrationProblemCode.REQUIRED, "must not be empty");
            }
            return null;
        }
        int length = text.codePointCount(0, text.length());
        if (maxLength > 0 && length > maxLength) {
            fail(leaf.path(), ArbitrationProblemCode.TOO_LONG, "must be at most " + maxLength + " characters, is " + length);
            return null;
        }
        return text;
    }

    /** Text that must match the whole pattern; {@code expected} completes "must be ...". */
    String matching(String name, Presence presence, Pattern pattern, String expected) {
        Optional<XmlElement> child = child(name, presence);
        if (child.isEmpty()) {
            return null;
        }
        String text = leafText(child.get(), presence, 0);
        if (text != null && !pattern.matcher(text).matches()) {
            fail(child.get().path(), ArbitrationProblemCode.PATTERN_MISMATCH, "must be " + expected);
            return null;
        }
        return text;
    }

    /** A symbol from a closed list. */
    <E extends Enum<E>> E symbol(String name, Presence presence, List<E> allowed) {
        Optional<XmlElement> child = child(name, presence);
        if (child.isEmpty()) {
            return null;
        }
        String text = leafText(child.get(), presence, 0);
        if (text == null) {
            return null;
        }
        Optional<E> symbol = allowed.stream().filter(candidate -> candidate.name().equals(text)).findFirst();
        if (symbol.isEmpty()) {
            fail(child.get().path(), ArbitrationProblemCode.NOT_ALLOWED_VALUE, "must be one of "
                    + allowed.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        return symbol.orElse(null);
    }

    /** An ISO-8601 date-time with its offset, e.g. 2026-10-20T10:00:00+08:00. */
    Instant dateTime(String name, Presence presence) {
        Optional<XmlElement> child = child(name, presence);
        String text = child.map(leaf -> leafText(leaf, presence, 0)).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            if (DATE_TIME.matcher(text).matches()) {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            }
        } catch (DateTimeException notACalendarTime) {
            // reported below
        }
        fail(child.get().path(), ArbitrationProblemCode.INVALID_DATE_TIME,
                "must be an ISO-8601 date-time with offset, e.g. 2026-10-20T10:00:00+08:00");
        return null;
    }

    /** A calendar date YYYY-MM-DD. */
    LocalDate date(String name, Presence presence) {
        Optional<XmlElement> child = child(name, presence);
        String text = child.map(leaf -> leafText(leaf, presence, 0)).orElse(null);
        if (text == null) {
            return null;
        }
        try {
            if (DATE.matcher(text).matches()) {
                // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            }
        } catch (DateTimeException notACalendarDate) {
            // reported below
        }
        fail(child.get().path(), ArbitrationProblemCode.INVALID_DATE, "must be a calendar date YYYY-MM-DD");
        return null;
    }

    /** Money in CNY: digits with up to two decimals, more than zero; returned with scale 2. */
    BigDecimal amount(String name, Presence presence) {
        Optional<XmlElement> child = child(name, presence);
        String text = child.map(leaf -> leafText(leaf, presence, 0)).orElse(null);
        if (text == null) {
            return null;
        }
        if (!AMOUNT.matcher(text).matches()) {
            fail(child.get().path(), ArbitrationProblemCode.AMOUNT_FORMAT,
                    "must be an amount in yuan with up to two decimals and no sign, e.g. 12345.60");
            return null;
        }
        BigDecimal amount = new BigDecimal(text).setScale(2);
        if (amount.signum() == 0) {
            fail(child.get().path(), ArbitrationProblemCode.OUT_OF_RANGE, "must be more than 0.00");
            return null;
        }
        return amount;
    }

    /** A whole number in [min, max]. */
    Long integer(String name, Presence presence, long min, long max) {
        Optional<XmlElement> child = child(name, presence);
        String text = child.map(leaf -> leafText(leaf, presence, 0)).orElse(null);
        if (text == null) {
            return null;
        }
        if (!INTEGER.matcher(text).matches()) {
            fail(child.get().path(), ArbitrationProblemCode.PATTERN_MISMATCH, "must be a whole number");
            return null;
        }
        long value = Long.parseLong(text);
        if (value < min || value > max) {
            fail(child.get().path(), ArbitrationProblemCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    /** A child that holds elements, not text. */
    ElementFields group(String name, Presence presence) {
        return child(name, presence).map(this::groupOf).orElse(null);
    }

    private ElementFields groupOf(XmlElement group) {
        if (group.hasText()) {
            fail(group.path(), ArbitrationProblemCode.WRONG_CONTENT, "must hold elements, not text");
        }
        return new ElementFields(group, problems);
    }

    /** The {@code item} groups of the {@code container} child, min..max of them (ELEMENT_COUNT otherwise). */
    List<ElementFields> list(String container, String item, Presence presence, int min, int max) {
        List<ElementFields> groups = new ArrayList<>();
        items(container, item, presence, min, max).forEach(element -> groups.add(groupOf(element)));
        return groups;
    }

    /**
     * The texts of the {@code item} elements of the {@code container} child, each required and of
     * at most maxLength characters; null when the container is missing or any item has a problem.
     */
    List<String> texts(String container, String item, Presence presence, int min, int max, int maxLength) {
        List<XmlElement> elements = items(container, item, presence, min, max);
        List<String> texts = new ArrayList<>();
        elements.forEach(element -> texts.add(leafText(element, Presence.REQUIRED, maxLength)));
        return elements.isEmpty() || texts.contains(null) ? null : texts;
    }

    private List<XmlElement> items(String container, String item, Presence presence, int min, int max) {
        ElementFields group = group(container, presence);
        if (group == null) {
            return List.of();
        }
        group.read.add(item);
        List<XmlElement> items = group.element.children().stream()
                .filter(child -> child.isIn(ArbitrationXml.NAMESPACE) && child.name().equals(item))
                .toList();
        if (items.size() < min || items.size() > max) {
            fail(group.path(), ArbitrationProblemCode.ELEMENT_COUNT,
                    "must hold " + min + " to " + max + " " + item + " elements, holds " + items.size());
        }
        group.reportUnknown();
        return items;
    }

    /** Warns about every child and attribute no reader asked for: a later 1.x minor may add elements. */
    void reportUnknown(String... knownAttributes) {
        Set<String> attributes = Set.copyOf(Arrays.asList(knownAttributes));
        element.attributes().keySet().stream()
                .filter(name -> !attributes.contains(name))
                .forEach(name -> problems.warning(element.path() + "/@" + name,
                        ArbitrationProblemCode.UNKNOWN_ATTRIBUTE.name(), "not an attribute of format 1.0; ignored"));
        element.children().stream()
                .filter(child -> !child.isIn(ArbitrationXml.NAMESPACE) || !read.contains(child.name()))
                .forEach(child -> problems.warning(child.path(), ArbitrationProblemCode.UNKNOWN_ELEMENT.name(),
                        "not an element of format 1.0 here; ignored"));
    }
}
