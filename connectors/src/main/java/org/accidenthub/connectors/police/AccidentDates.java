package org.accidenthub.connectors.police;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * Calendar dates in China Standard Time. Policies, birth dates and "today" are all mainland
 * calendar dates, so an instant becomes a date in Asia/Shanghai, whatever offset the file used.
 */
final class AccidentDates {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private AccidentDates() {
    }

    static LocalDate dateOf(OffsetDateTime time) {
        return time.atZoneSameInstant(CHINA).toLocalDate();
    }

    static LocalDate today(ReadContext context) {
        return context.receivedAt().atZone(CHINA).toLocalDate();
    }
}
