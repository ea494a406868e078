package org.accidenthub.connectors.mediation;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

/** The names, patterns and limits both directions of the mediation format share (docs/formats/mediation-messages.md). */
public final class MediationFormat {

    public static final String MEDIA_TYPE = "application/json";
    /** The version the hub writes; it reads every 1.x. */
    public static final String FORMAT_VERSION = "1.0";
    /** The largest message accepted, checked before parsing: 256 KiB. */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;
    /** The longest text field (a session summary). */
    static final int MAX_TEXT_LENGTH = 2_000;

    static final Pattern ONE_X = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");
    static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** The hub's ids: UUIDs in lower case. */
    static final Pattern HUB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Ids the platform gives (sessions, agreements). */
    static final Pattern PLATFORM_ID = MESSAGE_ID;
    static final Pattern ORGANISATION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    static final Pattern INSURER_CODE = Pattern.compile("[A-Z0-9]{2,16}");
    static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** Money as the API conventions write it: a decimal string with exactly two places, no sign. */
    static final Pattern AMOUNT = Pattern.compile("(0|[1-9][0-9]{0,13})\\.[0-9]{2}");

    /** A document (a signed page, minutes, the agreement) is known by hash in a message; its bytes travel apart. */
    public static final List<String> DOCUMENT_MEDIA_TYPES = List.of("application/pdf", "image/jpeg", "image/png");
    public static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    /** A platform clock ahead of the hub's by a little is not a future event. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** Instants the hub writes are in China Standard Time, the time mediators work in. */
    static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);

    private MediationFormat() {
    }
}
