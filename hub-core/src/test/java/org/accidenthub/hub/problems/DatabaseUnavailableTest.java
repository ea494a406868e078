package org.accidenthub.hub.problems;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The failures seen while PostgreSQL restarts are retryable (503), a broken query is not. */
class DatabaseUnavailableTest {

    @Test
    void connection_refused_wrapped_in_layers_is_unavailable() {
        assertThat(DatabaseUnavailable.test(new CompletionException(new RuntimeException(new ConnectException("refused")))))
                .isTrue();
    }

    @Test
    void a_pooled_connection_the_server_closed_is_unavailable() {
        assertThat(DatabaseUnavailable.test(ClosedConnectionException.INSTANCE)).isTrue();
    }

    @Test
    void administrator_shutdown_and_starting_up_are_unavailable() {
        assertThat(DatabaseUnavailable.test(new PgException("terminating connection", "FATAL", "57P01", null))).isTrue();
        assertThat(DatabaseUnavailable.test(new PgException("starting up", "FATAL", "57P03", null))).isTrue();
    }

    @Test
    void a_connection_reset_under_a_transaction_with_its_failed_rollback_is_unavailable() {
        // as seen in CI when PostgreSQL stopped during an upload: the reset first, Hibernate Reactive's rollback after
        assertThat(DatabaseUnavailable.test(new CompositeException(new SocketException("Connection reset"),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection"))))
                .isTrue();
    }

    @Test
    void a_composite_of_defects_is_not() {
        assertThat(DatabaseUnavailable.test(new CompositeException(new IllegalStateException("bug"),
                new PgException("duplicate key", "ERROR", "23505", null)))).isFalse();
    }

    @Test
    void a_constraint_violation_is_not() {
        assertThat(DatabaseUnavailable.test(new PgException("duplicate key", "ERROR", "23505", null))).isFalse();
        assertThat(DatabaseUnavailable.test(new IllegalStateException("bug"))).isFalse();
    }
}
