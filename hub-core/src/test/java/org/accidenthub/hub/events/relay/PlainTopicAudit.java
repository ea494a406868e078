package org.accidenthub.hub.events.relay;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The partner's view of the topic: runs {@code bench/events/TopicAudit.java} — the plain Avro consumer the
 * benches and CI use — in a JVM of its own whose classpath holds Apache Avro, kafka-clients, pgjdbc and the
 * schemas module, and nothing else of the repository: a class of the hub cannot be used because it is not
 * there. (The test JVM's own classpath would let a consumer lean on hub code without anyone noticing.)
 */
final class PlainTopicAudit {

    /** The third-party jars of bench/events/pom.xml, the partner's classpath, with their dependencies. */
    private static final Pattern PARTNER_JARS = Pattern.compile(
            "(avro|kafka-clients|postgresql|slf4j-api|jackson-core|jackson-databind|jackson-annotations"
                    + "|commons-compress|commons-io|commons-lang3|lz4-java|snappy-java|zstd-jni)-[0-9][^/]*\\.jar");
    private static final Pattern DECODED = Pattern.compile("^\\s*decoded (\\S+) / (\\S+)\\s+(\\d+)$",
            Pattern.MULTILINE);

    private PlainTopicAudit() {
    }

    /** What TopicAudit printed and how it ended. */
    record Result(int exitCode, String output, List<String> classpath) {

        /** Event type → the simple names of the payload records decoded for it. */
        Map<String, List<String>> decoded() {
            Map<String, List<String>> decoded = new TreeMap<>();
            Matcher line = DECODED.matcher(output);
            while (line.find()) {
                decoded.computeIfAbsent(line.group(1), type -> new ArrayList<>()).add(line.group(2));
            }
            return decoded;
        }
    }

    /** Audits the topic for these cases, demanding every type of {@code expectTypes} among their events. */
    static Result of(String bootstrap, String topic, Collection<String> caseIds, Collection<String> expectTypes) {
        var config = ConfigProvider.getConfig();
        List<String> classpath = partnerClasspath();
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx256m",
                "-cp", String.join(File.pathSeparator, classpath),
                KafkaBroker.hubRoot().resolve("bench/events/TopicAudit.java").toString(),
                "--bootstrap", bootstrap, "--topic", topic,
                "--jdbc", config.getValue("quarkus.datasource.jdbc.url", String.class),
                "--db-user", config.getValue("quarkus.datasource.username", String.class),
                "--db-password", config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""),
                "--cases", String.join(",", caseIds),
                "--expect-types", String.join(",", expectTypes),
                "--timeout-seconds", "60"));
        try {
            Process audit = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = audit.getInputStream().readAllBytes(); // until it exits: TopicAudit bounds its own time
            if (!audit.waitFor(30, TimeUnit.SECONDS)) {
                audit.destroyForcibly();
                throw new AssertionError("TopicAudit did not exit:\n" + new String(output, StandardCharsets.UTF_8));
            }
            return new Result(audit.exitValue(), new String(output, StandardCharsets.UTF_8), classpath);
        } catch (IOException failed) {
            throw new UncheckedIOException("could not run TopicAudit", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /** The partner's jars out of this JVM's classpath, and the schemas module (its jar or classes). */
    static List<String> partnerClasspath() {
        Path schemas = KafkaBroker.hubRoot().resolve("schemas").toAbsolutePath();
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry).toAbsolutePath();
            if (path.startsWith(schemas) || PARTNER_JARS.matcher(path.getFileName().toString()).matches()) {
                entries.add(path.toString());
            }
        }
        return entries;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
