package org.accidenthub.hub.problems;

import io.netty.channel.ConnectTimeoutException;
import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.sql.SQLException;

/**
 * Recognises a failure that means "the database cannot be reached right now", whatever wraps it
 * (Hibernate Reactive, Mutiny and Vert.x each add a layer). Those are answered 503 with Retry-After:
 * the request may be retried, unlike a defect (500). Seen while PostgreSQL restarts
 * (bench/reliability/restart-postgres-under-load.sh): connection refused while it is down, a closed
 * connection or "terminating connection due to administrator command" (57P01) for pooled connections
 * it dropped, "the database system is starting up / shutting down" (57P03) around the restart, and a
 * connection reset under a transaction that was under way when the server went, which Hibernate Reactive
 * reports together with its failed rollback as one CompositeException (so every one of its causes is looked at).
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean test(Throwable failure) {
        return test(failure, 0);
    }

    private static boolean test(Throwable failure, int nesting) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof CompositeException composite && nesting < 4
                    && composite.getCauses().stream().anyMatch(each -> test(each, nesting + 1))) {
                return true;
            }
            // ConnectException (refused) is a SocketException too; a reset or broken pipe is the server gone
            if (cause instanceof SocketException || cause instanceof NoRouteToHostException
                    || cause instanceof ConnectTimeoutException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof PgException pg && unavailable(pg.getSqlState())) {
                return true;
            }
            if (cause instanceof SQLException sql && unavailable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception), 57P01 admin_shutdown, 57P02 crash_shutdown,
     * 57P03 cannot_connect_now (PostgreSQL, appendix A "Error codes").
     */
    private static boolean unavailable(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }
}
