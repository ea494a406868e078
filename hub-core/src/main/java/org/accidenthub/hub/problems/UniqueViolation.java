package org.accidenthub.hub.problems;

import io.vertx.pgclient.PgException;
import java.sql.SQLException;

/** Recognises PostgreSQL's unique_violation, whatever wraps it: the loser of a race runs again. */
public final class UniqueViolation {

    private static final String SQL_STATE = "23505";

    private UniqueViolation() {
    }

    public static boolean test(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PgException pg && SQL_STATE.equals(pg.getSqlState())) {
                return true;
            }
            // Hibernate Reactive reports statement failures as java.sql.SQLException
            if (cause instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
