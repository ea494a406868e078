package org.accidenthub.hub.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The hash chain of the audit trail: {@code hash = SHA-256(prev_hash || canonical content)}. The
 * writer and the verifier both use this class, so there is one definition of "the content of a
 * row". Canonical content: the id as 8 bytes, then every column in table order, each either -1
 * (null) or its length and its UTF-8 bytes; the time as microseconds since the epoch, which is
 * exactly what PostgreSQL stores. Length prefixes keep "ab"+"c" and "a"+"bc" apart.
 */
public final class AuditDigest {

    /** The prev_hash of the very first row. */
    public static final byte[] GENESIS = new byte[32];

    private AuditDigest() {
    }

    public static byte[] hash(byte[] prevHash, long id, AuditEntry entry) {
        MessageDigest sha256 = sha256();
        sha256.update(prevHash);
        sha256.update(canonical(id, entry));
        return sha256.digest();
    }

    /** The precision of timestamptz: an entry's time is cut to it before it is hashed or stored. */
    public static Instant storable(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    static byte[] canonical(long id, AuditEntry entry) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(id);
            text(out, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, entry.at())));
            text(out, entry.subject());
            text(out, entry.orgType());
            text(out, entry.orgCode());
            text(out, entry.client());
            text(out, entry.remoteAddress());
            text(out, entry.method());
            text(out, entry.path());
            text(out, entry.caseId() == null ? null : entry.caseId().toString());
            text(out, entry.action().name());
            text(out, Integer.toString(entry.outcome()));
            text(out, entry.fields());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
