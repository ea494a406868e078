package org.accidenthub.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/** docs/EVENTS.md stays true: every event type is listed, and its consumer example is the real one. */
class EventsDocumentationTest {

    private static final Path ROOT = root();
    private static final Path DOC = ROOT.resolve("docs/EVENTS.md");
    private static final Path CONSUMER = ROOT.resolve("bench/events/CaseEventConsumer.java");

    @Test
    void every_event_type_is_documented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);

        for (CaseEventType type : CaseEventType.values()) {
            assertThat(doc).as("docs/EVENTS.md, table 'Event types'").contains("| `" + type.name() + "` |");
        }
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
