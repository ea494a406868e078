package org.accidenthub.hub.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.ConfigProvider;

/** Direct reads of the test database, to check what was (or was not) stored. */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Counts rows of a query with one string parameter. */
    public static long count(String sql, String parameter) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** The bytes of the first row's first column of a query with one string parameter. */
    public static byte[] bytes(String sql, String parameter) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** How many cases, inbound records and parties exist for a report number, in any unit. */
    public static long rowsForReport(String reportNumber) {
        return count("select count(*) from cases where report_number = ?", reportNumber)
                + count("select count(*) from inbound_records r join cases c on c.id = r.case_id"
                        + " where c.report_number = ?", reportNumber);
    }
}
