package org.accidenthub.hub.events;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A place in the order of settled events: the writing transaction's id, then the outbox position
 * (see {@link SettledEvent}). Partners see it as an opaque string ({@link #encode()}); its format
 * may change, so they store it and hand it back, nothing more.
 */
public record EventCursor(long txOrder, long position) {

    /** Before the first event. */
    public static final EventCursor START = new EventCursor(0, 0);

    private static final String VERSION = "1";

    public String encode() {
        String plain = VERSION + "." + txOrder + "." + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor an {@link #encode() encoded} string names, or empty when it names none. */
    public static Optional<EventCursor> parse(String encoded) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            long txOrder = Long.parseLong(parts[1]);
            long position = Long.parseLong(parts[2]);
            return txOrder < 0 || position < 0 ? Optional.empty() : Optional.of(new EventCursor(txOrder, position));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    public boolean isAfter(EventCursor other) {
        return txOrder != other.txOrder ? txOrder > other.txOrder : position > other.position;
    }
}
