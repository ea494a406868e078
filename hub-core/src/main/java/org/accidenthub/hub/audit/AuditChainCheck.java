package org.accidenthub.hub.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Walks the audit chain and names the first entry that does not fit: one whose content no longer
 * matches its hash (changed after it was written), or whose prev_hash is not the hash of the
 * entry before it (an entry was removed or slipped in). Plain JDBC and no Quarkus, so it runs
 * beside a stopped hub: {@code deploy/local/verify-audit.sh} starts {@link #main} with the hub's
 * own jars, against the database in HUB_DB_HOST, HUB_DB_PORT, HUB_DB_NAME, HUB_DB_USER,
 * HUB_DB_PASSWORD.
 */
public final class AuditChainCheck {

    private static final String ANCHOR = "select up_to_id, up_to_hash from audit_prunes order by id desc limit 1";
    private static final String ROWS = "select id, at, subject, org_type, org_code, client, remote_address, method,"
            + " path, case_id, action, outcome, fields, prev_hash, hash from audit_events order by id";

    private AuditChainCheck() {
    }

    /** The outcome of a walk: the first broken entry, if any, and where the chain ends. */
    public record Verdict(long entries, Long brokenId, Instant brokenAt, String problem, Long headId,
            byte[] headHash) {

        public boolean intact() {
            return brokenId == null;
        }

        public String describe() {
            if (!intact()) {
                return "audit chain BROKEN at entry id " + brokenId + " (at " + brokenAt + "): " + problem;
            }
            return "audit chain intact: " + entries + " entries"
                    + (headId == null ? "" : ", head id " + headId + " hash " + HexFormat.of().formatHex(headHash));
        }
    }

    public static Verdict verify(Connection connection) throws SQLException {
        byte[] expectedPrev = AuditDigest.GENESIS;
        try (PreparedStatement anchor = connection.prepareStatement(ANCHOR); ResultSet row = anchor.executeQuery()) {
            if (row.next()) {
                expectedPrev = row.getBytes("up_to_hash"); // retention removed the entries before this one
            }
        }
        long entries = 0;
        Long headId = null;
        try (PreparedStatement walk = connection.prepareStatement(ROWS)) {
            walk.setFetchSize(1000);
            try (ResultSet row = walk.executeQuery()) {
                while (row.next()) {
                    long id = row.getLong("id");
                    Instant at = row.getObject("at", OffsetDateTime.class).toInstant();
                    byte[] prevHash = row.getBytes("prev_hash");
                    byte[] hash = row.getBytes("hash");
                    String mismatch = mismatch(id, at, row, prevHash, hash, expectedPrev);
                    if (mismatch != null) {
                        return new Verdict(entries, id, at, mismatch, headId, expectedPrev);
                    }
                    entries++;
                    headId = id;
                    expectedPrev = hash;
                }
            }
        }
        return new Verdict(entries, null, null, null, headId, expectedPrev);
    }

    private static String mismatch(long id, Instant at, ResultSet row, byte[] prevHash, byte[] hash,
            byte[] expectedPrev) throws SQLException {
        AuditEntry entry;
        try {
            entry = new AuditEntry(at, row.getString("subject"), row.getString("org_type"), row.getString("org_code"),
                    row.getString("client"), row.getString("remote_address"), row.getString("method"),
                    row.getString("path"), row.getObject("case_id", UUID.class),
                    AuditAction.valueOf(row.getString("action")), row.getInt("outcome"), row.getString("fields"));
        } catch (IllegalArgumentException unknownAction) {
            return "its action '" + row.getString("action") + "' is not one the hub writes (changed after it was written)";
        }
        if (!Arrays.equals(AuditDigest.hash(prevHash, id, entry), hash)) {
            return "its content does not match its hash (changed after it was written)";
        }
        if (!Arrays.equals(prevHash, expectedPrev)) {
            return "its prev_hash is not the hash of the entry before it (an entry before it was removed, changed"
                    + " or slipped in)";
        }
        return null;
    }

    /** Exit 0: intact; 1: broken (the entry is named); 2: could not check. */
    public static void main(String[] args) {
        String url = "jdbc:postgresql://" + env("HUB_DB_HOST", "127.0.0.1") + ":" + env("HUB_DB_PORT", "5432") + "/"
                + env("HUB_DB_NAME", "accidenthub");
        try (Connection connection = DriverManager.getConnection(url, env("HUB_DB_USER", "postgres"),
                env("HUB_DB_PASSWORD", ""))) {
            connection.setAutoCommit(false); // the driver fetches in chunks only inside a transaction
            connection.setReadOnly(true);
            Verdict verdict = verify(connection);
            System.out.println(verdict.describe());
            System.exit(verdict.intact() ? 0 : 1);
        } catch (SQLException failed) {
            System.err.println("could not check the audit chain at " + url + ": " + failed.getMessage());
            System.exit(2);
        }
    }

    private static String env(String name, String absent) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? absent : value;
    }
}
