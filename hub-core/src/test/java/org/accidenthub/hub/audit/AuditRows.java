package org.accidenthub.hub.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accidenthub.hub.testsupport.Database;

/**
 * Audit rows as stored. Entries are written a few milliseconds after the answer (AuditTrail), so
 * reads wait until the expected rows are there.
 */
final class AuditRows {

    private AuditRows() {
    }

    /** The rows whose path equals the given one, oldest first, once there are at least {@code count}. */
    static List<Map<String, Object>> forPath(String path, int count) {
        return awaitRows("select * from audit_events where path = ? order by id", path, count);
    }

    static List<Map<String, Object>> awaitRows(String sql, String parameter, int count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<Map<String, Object>> rows = rows(sql, parameter);
        while (rows.size() < count && System.nanoTime() < deadline) {
            sleep(20);
            rows = rows(sql, parameter);
        }
        return rows;
    }

    /** Waits long enough for anything queued to be written, then reads. */
    static List<Map<String, Object>> settled(String sql, String parameter) {
        sleep(300);
        return rows(sql, parameter);
    }

    static List<Map<String, Object>> rows(String sql, String parameter) {
        try (Connection connection = Database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
