package org.accidenthub.hub.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.audit.AuditChainCheck.Verdict;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only and hash-chained: changing, removing or slipping in a row by
 * hand is found by {@link AuditChainCheck}, which names the first entry that does not fit. Each
 * tampering happens in a transaction that is rolled back, so the shared test database keeps an
 * intact chain.
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    AuditChain chain;

    @Inject
    AuditRetention retention;

    @Test
    void the_chain_of_recorded_requests_verifies() throws SQLException {
        List<Map<String, Object>> rows = recordRequests(3);

        Verdict verdict = verify();

        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
        assertThat(verdict.headId()).isGreaterThanOrEqualTo(idOf(rows.get(2)));
    }

    @Test
    void changing_one_entry_by_hand_makes_the_check_fail_and_name_that_entry() throws SQLException {
        Map<String, Object> target = recordRequests(3).get(1);

        Verdict verdict = tampered("alter table audit_events disable trigger audit_events_append_only",
                "update audit_events set outcome = 200 where id = " + idOf(target));

        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenId()).isEqualTo(idOf(target));
        assertThat(verdict.brokenAt()).isEqualTo(((Timestamp) target.get("at")).toInstant());
        assertThat(verdict.problem()).contains("content does not match its hash");
        assertThat(verdict.describe()).contains("BROKEN at entry id " + idOf(target));
    }

    @Test
    void removing_an_entry_makes_the_check_name_the_entry_after_it() throws SQLException {
        long removed = idOf(recordRequests(3).get(1));
        long next = ((Number) AuditRows.rows("select min(id) as next from audit_events where id > " + removed, null)
                .get(0).get("next")).longValue();

        Verdict verdict = tampered("alter table audit_events disable trigger audit_events_append_only",
                "delete from audit_events where id = " + removed);

        assertThat(verdict.brokenId()).isEqualTo(next);
        assertThat(verdict.problem()).contains("prev_hash is not the hash of the entry before it");
    }

    @Test
    void an_entry_slipped_in_by_hand_is_named() throws SQLException {
        recordRequests(1);

        Verdict verdict = tampered("insert into audit_events (id, at, method, path, action, outcome, prev_hash, hash)"
                + " values (9000000000000000000, now(), 'GET', '/api/v1/cases', 'SEARCH', 200,"
                + " (select hash from audit_events order by id desc limit 1), sha256('forged'::bytea))");

        assertThat(verdict.brokenId()).isEqualTo(9_000_000_000_000_000_000L);
    }

    @Test
    void the_database_refuses_to_change_remove_or_truncate_entries() throws SQLException {
        long id = idOf(recordRequests(1).get(0));

        for (String change : List.of("update audit_events set subject = 'someone-else' where id = " + id,
                "delete from audit_events where id = " + id, "truncate audit_events",
                "truncate audit_prunes")) {
            assertThatThrownBy(() -> execute(change)).as(change).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void retention_removes_the_oldest_entries_and_the_chain_still_verifies_from_its_new_start() throws SQLException {
        Instant old = Instant.now().minus(Duration.ofDays(400));
        chain.append(List.of(entry(old, "/retention-1"), entry(old.plusSeconds(1), "/retention-2")))
                .await().atMost(Duration.ofSeconds(10));

        long removed = retention.prune().await().atMost(Duration.ofSeconds(10));

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(AuditRows.rows("select * from audit_events where path like '/retention-%'", null)).isEmpty();
        assertThat(AuditRows.rows("select * from audit_prunes order by id desc", null).get(0))
                .containsEntry("removed", removed);
        recordRequests(2);
        Verdict verdict = verify();
        assertThat(verdict.intact()).as(verdict.describe()).isTrue();
    }

    @Test
    void retention_never_removes_entries_younger_than_180_days() {
        assertThatThrownBy(() -> execute("select audit_prune(now() - interval '179 days')"))
                .hasMessageContaining("at least 180 days");
    }

    /** Reads of unknown cases under a path of their own; answers their audit rows once written. */
    private static List<Map<String, Object>> recordRequests(int count) {
        String path = "/api/v1/cases/" + UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            given().auth().oauth2(PoliceUploads.ZMD).get(path).then().statusCode(404);
        }
        List<Map<String, Object>> rows = AuditRows.forPath(path, count);
        assertThat(rows).hasSize(count);
        return rows;
    }

    private static AuditEntry entry(Instant at, String path) {
        return new AuditEntry(at, "retention-test", "POLICE", "411700000000", "hub-cli", "127.0.0.1", "GET", path,
                null, AuditAction.READ, 200, null).storable();
    }

    private static Verdict verify() throws SQLException {
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            return AuditChainCheck.verify(connection);
        }
    }

    /** Runs the changes and the check in one transaction, then rolls it back. */
    private static Verdict tampered(String... changes) throws SQLException {
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String change : changes) {
                    statement.execute(change);
                }
                return AuditChainCheck.verify(connection);
            } finally {
                connection.rollback();
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long idOf(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }
}
