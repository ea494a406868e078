package org.accidenthub.connectors.arbitration;

import java.util.regex.Pattern;

/** The names and patterns both directions of the arbitration format share (docs/formats/arbitration-messages.md). */
public final class ArbitrationXml {

    /** Every element of the format is in this namespace; the major version is part of it. */
    public static final String NAMESPACE = "urn:accidenthub:arbitration:1";

    /** The version the hub writes, and the root attribute that carries it. */
    public static final String FORMAT_VERSION = "1.0";
    static final String FORMAT_VERSION_ATTRIBUTE = "formatVersion";

    public static final String MEDIA_TYPE = "application/xml";

    /** Instants are written in China Standard Time, the time the commissions work in. */
    static final java.time.ZoneOffset CHINA_STANDARD_TIME = java.time.ZoneOffset.ofHours(8);

    static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    /** The hub's ids: UUIDs in lower case. */
    static final Pattern HUB_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** A commission's code; the hub checks a referral's against it so the writer never sends one the format refuses. */
    public static final Pattern COMMISSION_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    static final Pattern INSURER_CODE = Pattern.compile("[A-Z0-9]{2,16}");
    public static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    static final Pattern ONE_X = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");

    static final int MAX_NAME = 128;
    static final int MAX_PARTY_REF = 16;
    static final int MAX_REASONS = 20_000;
    static final long MAX_DOCUMENT_BYTES = 20L * 1024 * 1024;

    private ArbitrationXml() {
    }
}
