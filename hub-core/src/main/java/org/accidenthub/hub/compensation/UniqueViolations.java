package org.accidenthub.hub.compensation;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation, whatever wraps it: the loser of a race runs again. */
public final class UniqueViolations {

    private static final String SQL_STATE = "23505";

    private UniqueViolations() {
    }

    public static boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
