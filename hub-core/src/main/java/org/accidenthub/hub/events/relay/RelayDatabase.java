package org.accidenthub.hub.events.relay;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the relay's own JDBC connection to the hub's database. It is not taken from a pool: the relay
 * holds a session-level advisory lock on it, and closing it must end the session (and the lock).
 */
@ApplicationScoped
class RelayDatabase {

    private final String url;
    private final String user;
    private final Optional<String> password;

    RelayDatabase(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password.orElse(""));
        properties.setProperty("ApplicationName", "accident-hub-outbox-relay");
        properties.setProperty("connectTimeout", "10");
        // a dead connection must surface as an error, so the relay stands down instead of hanging
        properties.setProperty("socketTimeout", "60");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }
}
