import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Compares a Kafka topic with the hub's outbox for the cases of one bench run (report numbers with a
 * prefix, {@code ''} for every case, or the case ids given): every event present, per case in sequence
 * order with no gap, one partition per case, and every record decoded by a plain Avro consumer (envelope
 * and payload, through the schemas jar only) into the record its envelope names.
 *
 *   java -cp '.local/lib/bench-events/*:schemas/target/accident-hub-schemas-*.jar' bench/events/TopicAudit.java \
 *     --bootstrap 127.0.0.1:9092 --topic accidenthub.case-events.v1 --jdbc jdbc:postgresql://127.0.0.1:5433/accidenthub \
 *     --db-user postgres --db-password '' --report-prefix EVA123 | --cases ID,ID... \
 *     [--expect-types TYPE,TYPE...] [--timeout-seconds 180]
 *
 * Prints a summary, with one line "decoded TYPE / Record COUNT" per event type and payload record seen;
 * exits 1 when an event is missing, out of order, undecodable, or of another record than its envelope
 * names, or when a type of --expect-types was not among the decoded events.
 */
public class TopicAudit {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Map<String, List<String>> expected = outbox(options);
        int expectedEvents = expected.values().stream().mapToInt(List::size).sum();
        if (expected.isEmpty()) {
            System.out.println("FAILED: none of the cases asked for (" + options.getOrDefault("cases",
                    "report prefix '" + options.get("report-prefix") + "'") + ") has events in the outbox");
            System.exit(1);
        }
        Set<String> expectedTypes = new TreeSet<>(list(options.getOrDefault("expect-types", "")));
        Set<String> wanted = new HashSet<>();
        expected.values().forEach(wanted::addAll);

        SchemaStore.Cache schemas = CanonicalSchemas.newSchemaStore();
        BinaryMessageDecoder<CaseEvent> envelopes = CaseEvent.createDecoder(schemas);
        Map<String, List<String>> firstSeen = new HashMap<>();
        Map<String, List<Long>> sequences = new HashMap<>();
        Map<String, Set<Integer>> partitions = new HashMap<>();
        Map<String, Integer> payloadTypes = new TreeMap<>();
        Set<String> decodedTypes = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        int records = 0;
        int duplicates = 0;
        int undecodable = 0;
        long started = System.nanoTime();
        long deadline = started + Duration.ofSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "180")))
                .toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, options.get("bootstrap"),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000))) {
            List<TopicPartition> all = consumer.partitionsFor(options.get("topic"), Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(all);
            consumer.seekToBeginning(all);
            while (!seen.containsAll(wanted) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!expected.containsKey(record.key())) {
                        continue;
                    }
                    records++;
                    partitions.computeIfAbsent(record.key(), key -> new HashSet<>()).add(record.partition());
                    try {
                        CaseEvent event = envelopes.decode(record.value());
                        SpecificRecord payload = payload(event, schemas);
                        if (!payload.getSchema().getFullName().equals(event.getPayloadType())) {
                            throw new IllegalStateException("the payload is a " + payload.getSchema().getFullName()
                                    + ", the envelope says " + event.getPayloadType());
                        }
                        if (!event.getEventId().equals(header(record, "eventId"))) {
                            throw new IllegalStateException("header eventId differs from the envelope's");
                        }
                        payloadTypes.merge(event.getEventType() + " / " + payload.getSchema().getName(), 1,
                                Integer::sum);
                        decodedTypes.add(event.getEventType().toString());
                        if (seen.add(event.getEventId())) {
                            firstSeen.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event.getEventId());
                            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(event.getSequence());
                        } else {
                            duplicates++;
                        }
                    } catch (Exception unreadable) {
                        undecodable++;
                        if (undecodable <= 5) {
                            System.out.println("    UNDECODABLE at partition " + record.partition() + " offset "
                                    + record.offset() + ": " + unreadable);
                        }
                    }
                }
            }
        }

        int missing = 0;
        int misordered = 0;
        int gaps = 0;
        for (Map.Entry<String, List<String>> entry : expected.entrySet()) {
            List<String> got = firstSeen.getOrDefault(entry.getKey(), List.of());
            missing += (int) entry.getValue().stream().filter(id -> !seen.contains(id)).count();
            if (!got.equals(entry.getValue().subList(0, Math.min(got.size(), entry.getValue().size())))) {
                misordered++;
                if (misordered <= 5) {
                    System.out.println("    OUT OF ORDER: case " + entry.getKey() + " arrived as sequences "
                            + sequences.get(entry.getKey()));
                }
            }
            List<Long> seq = sequences.getOrDefault(entry.getKey(), List.of());
            for (int i = 0; i < seq.size(); i++) {
                if (seq.get(i) != i + 1) {
                    gaps++;
                    break;
                }
            }
        }
        long splitCases = partitions.values().stream().filter(used -> used.size() > 1).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("topic %s: %d case(s), %d event(s) in the outbox; read %d record(s) in %.1fs%n",
                options.get("topic"), expected.size(), expectedEvents, records, seconds);
        System.out.printf("  distinct events received %d, duplicates (at-least-once) %d, missing %d%n",
                seen.size(), duplicates, missing);
        System.out.printf("  cases out of order %d, cases with a sequence gap %d, cases on >1 partition %d,"
                + " undecodable records %d%n", misordered, gaps, splitCases, undecodable);
        payloadTypes.forEach((type, count) -> System.out.printf("  decoded %-55s %6d%n", type, count));
        Set<String> typesMissing = new TreeSet<>(expectedTypes);
        typesMissing.removeAll(decodedTypes);
        System.out.printf("  event types decoded %d%s%n", decodedTypes.size(), expectedTypes.isEmpty() ? ""
                : ", of the " + expectedTypes.size() + " expected; not decoded: " + typesMissing);
        boolean ok = missing == 0 && misordered == 0 && gaps == 0 && splitCases == 0 && undecodable == 0
                && typesMissing.isEmpty();
        System.out.println(ok ? "OK: every event arrived, in case order, decodable with the schemas jar alone"
                + (expectedTypes.isEmpty() ? "" : ", every expected event type among them") : "FAILED: see above");
        System.exit(ok ? 0 : 1);
    }

    /** Event ids per case in sequence order, from the outbox; checks the outbox itself is gap-free. */
    static Map<String, List<String>> outbox(Map<String, String> options) throws Exception {
        Map<String, List<String>> events = new LinkedHashMap<>();
        boolean byId = options.containsKey("cases");
        try (Connection db = DriverManager.getConnection(options.get("jdbc"), options.get("db-user"),
                options.getOrDefault("db-password", ""));
                PreparedStatement query = db.prepareStatement("select e.aggregateid, e.id::text, e.sequence"
                        + " from outbox_events e join cases c on e.aggregateid = c.id::text"
                        + (byId ? " where e.aggregateid = any(?)" : " where c.report_number like ?")
                        + " order by e.aggregateid, e.sequence")) {
            if (byId) {
                query.setArray(1, db.createArrayOf("text", list(options.get("cases")).toArray()));
            } else {
                query.setString(1, options.get("report-prefix") + "%");
            }
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    List<String> ids = events.computeIfAbsent(rows.getString(1), key -> new ArrayList<>());
                    if (rows.getLong(3) != ids.size() + 1) {
                        throw new IllegalStateException("the outbox itself has a gap in case " + rows.getString(1));
                    }
                    ids.add(rows.getString(2));
                }
            }
        }
        return events;
    }

    /** As CaseEventConsumer does it: the writer schema by fingerprint, read into the current class. */
    static SpecificRecord payload(CaseEvent event, SchemaStore schemas) throws java.io.IOException {
        ByteBuffer bytes = event.getPayload();
        long fingerprint = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(bytes.position() + 2);
        Schema writer = schemas.findByFingerprint(fingerprint);
        if (writer == null) {
            throw new java.io.IOException("unknown fingerprint " + CanonicalSchemas.hexFingerprint(fingerprint));
        }
        Schema reader = CanonicalSchemas.current().stream()
                .filter(schema -> schema.getFullName().equals(writer.getFullName())).findFirst().orElse(writer);
        return new BinaryMessageDecoder<SpecificRecord>(SpecificData.getForSchema(reader), reader, schemas)
                .decode(bytes);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String required : List.of("bootstrap", "topic", "jdbc", "db-user")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        if (options.containsKey("report-prefix") == options.containsKey("cases")) {
            throw new IllegalArgumentException("give either --report-prefix or --cases");
        }
        return options;
    }

    /** A comma-separated option as a list (empty items dropped). */
    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }
}
