package org.accidenthub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The canonical content behind the hash chain: every column counts, and no two rows collide by layout. */
class AuditDigestTest {

    static final Instant AT = Instant.parse("2026-11-27T06:24:18.123456Z");
    static final byte[] PREV = AuditDigest.GENESIS;

    static AuditEntry entry(String subject, String client) {
        return new AuditEntry(AT, subject, "POLICE", "411700000000", client, "127.0.0.1", "GET",
                "/api/v1/cases/x", UUID.fromString("4d4a1f0e-2f77-4f55-9d5c-1f0b8d0b3f6a"), AuditAction.READ, 200,
                null);
    }

    @Test
    void the_same_row_hashes_the_same() {
        assertThat(AuditDigest.hash(PREV, 7, entry("a", "b"))).isEqualTo(AuditDigest.hash(PREV, 7, entry("a", "b")));
    }

    @Test
    void the_id_the_previous_hash_and_each_column_change_the_hash() {
        byte[] original = AuditDigest.hash(PREV, 7, entry("a", "b"));

        assertThat(AuditDigest.hash(PREV, 8, entry("a", "b"))).isNotEqualTo(original);
        assertThat(AuditDigest.hash(new byte[] { 1 }, 7, entry("a", "b"))).isNotEqualTo(original);
        assertThat(AuditDigest.hash(PREV, 7, entry("a", "c"))).isNotEqualTo(original);
        AuditEntry refused = new AuditEntry(AT, "a", "POLICE", "411700000000", "b", "127.0.0.1", "GET",
                "/api/v1/cases/x", entry("a", "b").caseId(), AuditAction.READ, 404, null);
        assertThat(AuditDigest.hash(PREV, 7, refused)).isNotEqualTo(original);
    }

    @Test
    void moving_characters_between_columns_or_null_to_empty_changes_the_hash() {
        assertThat(AuditDigest.hash(PREV, 7, entry("ab", "c"))).isNotEqualTo(AuditDigest.hash(PREV, 7, entry("a", "bc")));
        assertThat(AuditDigest.hash(PREV, 7, entry(null, "b"))).isNotEqualTo(AuditDigest.hash(PREV, 7, entry("", "b")));
    }

    @Test
    void times_are_kept_to_the_microsecond_as_postgresql_stores_them() {
        AuditEntry withNanos = new AuditEntry(Instant.parse("2026-11-27T06:24:18.123456789Z"), "a", null, null, null,
                null, "GET", "/api/v1/cases", null, AuditAction.SEARCH, 200, null).storable();

        assertThat(withNanos.at()).isEqualTo(Instant.parse("2026-11-27T06:24:18.123456Z"));
    }

    @Test
    void values_a_caller_controls_are_cut_to_their_column_and_lose_nul_characters() {
        AuditEntry hostile = new AuditEntry(AT, "x".repeat(300), null, null, null, null, "GET",
                "/api/v1/cases/" + "\0".repeat(3000), null, AuditAction.READ, 404, null).storable();

        assertThat(hostile.subject()).hasSize(255);
        assertThat(hostile.path()).hasSize(2048).doesNotContain("\0");
    }
}
