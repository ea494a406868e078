package org.accidenthub.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * docs/EVENTS.md stays true: every event type is listed with the payload record its javadoc names, and its
 * consumer example is the real one.
 */
public class EventsDocumentationTest {

    private static final Path ROOT = root();
    private static final Path DOC = ROOT.resolve("docs/EVENTS.md");
    private static final Path CONSUMER = ROOT.resolve("bench/events/CaseEventConsumer.java");
    private static final Path TYPES = ROOT.resolve("hub-core/src/main/java/org/accidenthub/hub/events/CaseEventType.java");
    /** A row of the table "Event types": | `TYPE` | when | `PayloadRecord` … |. */
    private static final Pattern TYPE_ROW = Pattern.compile("^\\| `([A-Z_]+)` \\|[^|]*\\| `(\\w+)`", Pattern.MULTILINE);
    /** A constant of CaseEventType with its javadoc: "… payload: [the] Record …" then NAME. */
    private static final Pattern JAVADOC = Pattern.compile(
            "/\\*\\*((?:[^*]|\\*(?!/))*)\\*/\\s*([A-Z_]+)[,\\s]");
    private static final Pattern JAVADOC_PAYLOAD = Pattern.compile("payload: (?:the )?(\\w+)");

    @Test
    void every_event_type_is_documented_with_the_payload_record_its_javadoc_names() throws IOException {
        Map<String, String> documented = documentedPayloads();
        Map<String, String> javadoc = new TreeMap<>();
        Matcher constant = JAVADOC.matcher(Files.readString(TYPES, StandardCharsets.UTF_8));
        while (constant.find()) {
            Matcher payload = JAVADOC_PAYLOAD.matcher(constant.group(1));
            javadoc.put(constant.group(2), payload.find() ? payload.group(1) : "(no 'payload:' in its javadoc)");
        }

        for (CaseEventType type : CaseEventType.values()) {
            assertThat(documented).as("docs/EVENTS.md, table 'Event types'").containsKey(type.name());
            assertThat(documented.get(type.name())).as("the payload of " + type + " in docs/EVENTS.md and in its javadoc")
                    .isEqualTo(javadoc.get(type.name()));
        }
    }

    /** Event type → the payload record docs/EVENTS.md names for it (the first `Record` of its payload column). */
    public static Map<String, String> documentedPayloads() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = doc.substring(doc.indexOf("## Event types"), doc.indexOf("## The envelope"));
        Map<String, String> payloads = new TreeMap<>();
        Matcher row = TYPE_ROW.matcher(table);
        while (row.find()) {
            payloads.put(row.group(1), row.group(2));
        }
        return payloads;
    }

    @Test
    void the_documented_consumer_is_bench_events_case_event_consumer() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String block = doc.substring(doc.indexOf("<!-- consumer:begin -->"), doc.indexOf("<!-- consumer:end -->"));
        String code = block.substring(block.indexOf("```java\n") + 8, block.lastIndexOf("```"));

        assertThat(code).isEqualTo(Files.readString(CONSUMER, StandardCharsets.UTF_8));
    }

    @Test
    void the_consumer_compiles_against_the_schemas_jar_avro_and_kafka_clients_alone() throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path out = Files.createTempDirectory("consumer-example");
        String classpath = List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                .filter(entry -> entry.contains("avro") || entry.contains("kafka-clients") || entry.contains("schemas")
                        || entry.contains("slf4j"))
                .reduce((a, b) -> a + java.io.File.pathSeparator + b).orElse("");

        int result = javac.run(null, null, null, "-d", out.toString(), "-classpath", classpath,
                "-proc:none", CONSUMER.toString());

        assertThat(result).as("javac of " + CONSUMER + " with " + classpath).isZero();
    }

    private static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/EVENTS.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("docs/EVENTS.md not found");
    }
}
