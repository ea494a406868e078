package org.accidenthub.hub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queue in front of the chain: nothing is lost silently. A database that is away keeps the
 * batch for the next round; a full queue and a batch the database refuses for its content are
 * counted and written as a LOST entry.
 */
class AuditTrailQueueTest {

    /** Records what it is given; fails while {@link #failure} is set. */
    static class FakeChain extends AuditChain {
        final List<List<AuditEntry>> appended = new ArrayList<>();
        RuntimeException failure;

        FakeChain() {
            super(null);
        }

        @Override
        public Uni<Void> append(List<AuditEntry> entries) {
            if (failure != null) {
                return Uni.createFrom().failure(failure);
            }
            appended.add(List.copyOf(entries));
            return Uni.createFrom().voidItem();
        }
    }

    static AuditConfig config(int capacity) {
        return new AuditConfig() {
            public Duration flushInterval() {
                return Duration.ofMillis(50);
            }

            public int batchSize() {
                return 10;
            }

            public int queueCapacity() {
                return capacity;
            }

            public Duration retention() {
                return Duration.ofDays(365);
            }

            public List<String> unrecordedReads() {
                return List.of();
            }
        };
    }

    final FakeChain chain = new FakeChain();

    AuditTrail trail(int capacity) {
        return new AuditTrail(chain, config(capacity), null, Clock.systemUTC(), new SimpleMeterRegistry());
    }

    static AuditEntry entry(String path) {
        return new AuditEntry(Instant.now(), "someone", "POLICE", "411700000000", "hub-cli", "127.0.0.1", "GET", path,
                null, AuditAction.READ, 200, null);
    }

    @Test
    void queued_entries_are_written_in_batches_in_order_and_a_backlog_without_waiting() {
        AuditTrail trail = trail(100);
        for (int i = 0; i < 25; i++) {
            trail.record(entry("/api/v1/cases/" + i));
        }

        trail.writeNext(); // two full batches at once; the rest waits for the next round
        assertThat(chain.appended).extracting(List::size).containsExactly(10, 10);
        trail.writeNext();

        assertThat(chain.appended).extracting(List::size).containsExactly(10, 10, 5);
        assertThat(chain.appended.stream().flatMap(List::stream).map(AuditEntry::path).toList())
                .startsWith("/api/v1/cases/0", "/api/v1/cases/1").endsWith("/api/v1/cases/24");
    }

    @Test
    void while_the_database_is_away_the_batch_waits_and_is_written_when_it_is_back() {
        AuditTrail trail = trail(100);
        trail.record(entry("/api/v1/cases/a"));
        chain.failure = new IllegalStateException("connection refused");

        trail.writeNext();
        trail.writeNext();
        chain.failure = null;
        trail.writeNext();

        assertThat(chain.appended).hasSize(1);
        assertThat(chain.appended.get(0)).extracting(AuditEntry::path).containsExactly("/api/v1/cases/a");
    }

    @Test
    void entries_beyond_a_full_queue_are_counted_and_written_as_one_lost_entry() {
        AuditTrail trail = trail(2);
        for (int i = 0; i < 5; i++) {
            trail.record(entry("/api/v1/cases/" + i));
        }

        trail.writeNext();

        List<AuditEntry> batch = chain.appended.get(0);
        assertThat(batch.get(0).action()).isEqualTo(AuditAction.LOST);
        assertThat(batch.get(0).fields()).isEqualTo("3");
        assertThat(batch).hasSize(3);
    }

    @Test
    void a_batch_the_database_refuses_for_its_content_is_dropped_after_three_tries_and_counted() {
        AuditTrail trail = trail(100);
        trail.record(entry("/api/v1/cases/x"));
        trail.record(entry("/api/v1/cases/y"));
        chain.failure = new PgException("value too long", "ERROR", "22001", null);

        trail.writeNext();
        trail.writeNext();
        trail.writeNext();
        chain.failure = null;
        trail.writeNext();

        assertThat(chain.appended).hasSize(1);
        assertThat(chain.appended.get(0)).singleElement().satisfies(lost -> {
            assertThat(lost.action()).isEqualTo(AuditAction.LOST);
            assertThat(lost.fields()).isEqualTo("2");
        });
    }
}
