package org.accidenthub.hub.events.relay;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Kafka broker for the relay's integration test: one KRaft node on loopback, started in a child JVM
 * by {@code deploy/local/kafka/broker.sh} — the same script, jars and configuration as the local stack —
 * with a throw-away data directory. The first run on a machine fetches the broker's classpath from Maven
 * Central into {@code .local/lib/kafka}. The test can stop and start it again to play an outage.
 */
public class KafkaBroker implements QuarkusTestResourceLifecycleManager {

    private static final Duration FIRST_START = Duration.ofMinutes(4);
    private static final String STARTED = "Kafka Server started";
    private static volatile KafkaBroker current;

    private Path dataDir;
    private int port;
    private int controllerPort;
    private Process process;

    @Override
    public Map<String, String> start() {
        try {
            dataDir = Files.createTempDirectory("hub-kafka-");
            port = freePort();
            controllerPort = freePort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        launch();
        current = this;
        return Map.of("hub.events.kafka.bootstrap-servers", bootstrapServers());
    }

    public static KafkaBroker current() {
        return current;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker as an operator would (SIGTERM); its data stays for {@link #launch()}. */
    public void halt() {
        try {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the broker on its ports and data and waits until it serves. */
    public void launch() {
        Path log = dataDir.resolve("broker.log");
        long startedBefore = startedLines(log);
        try {
            process = new ProcessBuilder("bash", hubRoot().resolve("deploy/local/kafka/broker.sh").toString(), "serve",
                    "--data", dataDir.toString(), "--port", Integer.toString(port),
                    "--controller-port", Integer.toString(controllerPort))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException failed) {
            throw new UncheckedIOException("could not run deploy/local/kafka/broker.sh", failed);
        }
        long deadline = System.nanoTime() + FIRST_START.toNanos();
        while (startedLines(log) <= startedBefore || !accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("the Kafka broker did not start; its log:\n" + tail(log));
            }
            sleep();
        }
        System.out.println("[KafkaBroker] serving on " + bootstrapServers() + " (data " + dataDir + ")");
    }

    @Override
    public void stop() {
        halt();
        current = null;
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }

    /** The repository root: the test runs in hub-core/, the script lives in deploy/local/kafka/. */
    static Path hubRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("deploy/local/kafka/broker.sh"))) {
                return dir;
            }
        }
        throw new IllegalStateException("deploy/local/kafka/broker.sh not found above " + Path.of("").toAbsolutePath());
    }

    private static long startedLines(Path log) {
        if (!Files.exists(log)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(STARTED)).count();
        } catch (IOException | UncheckedIOException unreadable) {
            return 0;
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException unreadable) {
            return "(no log: " + unreadable.getMessage() + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
