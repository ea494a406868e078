package org.accidenthub.hub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests, wherever they run: {@code HUB_TEST_DB_URL} when set
 * (with {@code HUB_TEST_DB_USER} / {@code HUB_TEST_DB_PASSWORD}); else a fresh database on the
 * local server at 127.0.0.1:5432, dropped afterwards; else (or with {@code HUB_TEST_DB=embedded})
 * an embedded PostgreSQL that needs nothing but the JDK.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL_HOST = "127.0.0.1";
    private static final int LOCAL_PORT = 5432;
    private static final String LOCAL_USER = "postgres";

    private EmbeddedPostgres embedded;
    private String createdDatabase;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("HUB_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return config(url, env("HUB_TEST_DB_USER", LOCAL_USER), env("HUB_TEST_DB_PASSWORD", ""));
        }
        if (!"embedded".equals(System.getenv("HUB_TEST_DB"))) {
            String database = "accidenthub_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection admin = DriverManager.getConnection(jdbcUrl(LOCAL_HOST, LOCAL_PORT, "postgres"),
                    LOCAL_USER, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("create database " + database);
                createdDatabase = database;
                log("using a fresh database " + database + " on the local PostgreSQL server");
                return config(jdbcUrl(LOCAL_HOST, LOCAL_PORT, database), LOCAL_USER, "");
            } catch (SQLException unreachable) {
                log("no usable local PostgreSQL server (" + unreachable.getMessage() + "); starting an embedded one");
            }
        }
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException failed) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", failed);
        }
        log("using an embedded PostgreSQL on port " + embedded.getPort());
        return config(jdbcUrl("localhost", embedded.getPort(), "postgres"), "postgres", "");
    }

    @Override
    public void stop() {
        if (createdDatabase != null) {
            try (Connection admin = DriverManager.getConnection(jdbcUrl(LOCAL_HOST, LOCAL_PORT, "postgres"),
                    LOCAL_USER, "");
                    Statement statement = admin.createStatement()) {
                statement.execute("drop database if exists " + createdDatabase + " with (force)");
            } catch (SQLException failed) {
                log("could not drop " + createdDatabase + ": " + failed.getMessage());
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException failed) {
                log("embedded PostgreSQL did not stop cleanly: " + failed.getMessage());
            }
        }
    }

    private static Map<String, String> config(String jdbcUrl, String user, String password) {
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.reactive.url", jdbcUrl.substring("jdbc:".length()),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    private static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static String env(String name, String absent) {
        String value = System.getenv(name);
        return value == null ? absent : value;
    }

    private static void log(String message) {
        System.out.println("[PostgresTestResource] " + message);
    }
}
