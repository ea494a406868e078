package org.accidenthub.connectors.insurer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as insurer systems in China show them: ISO-8601 with the +08:00 offset (China Standard
 * Time has no daylight saving), seconds always, milliseconds when not zero.
 */
final class NativeTime {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private NativeTime() {
    }

    static String of(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(CHINA));
    }
}
