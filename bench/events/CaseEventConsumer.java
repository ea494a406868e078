import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A partner system's consumer of Accident Hub case events, with nothing of the hub but the
 * accident-hub-schemas jar: Apache Avro, kafka-clients, and the generated classes and schema history
 * in that jar. Run: java -cp 'lib/*:accident-hub-schemas.jar' CaseEventConsumer.java 127.0.0.1:9092
 */
public class CaseEventConsumer {

    static final String TOPIC = "accidenthub.case-events.v1";

    public static void main(String[] args) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "my-partner-system");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false); // commit after processing: at-least-once
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());

        // every released version of every canonical schema, by fingerprint
        SchemaStore.Cache schemas = CanonicalSchemas.newSchemaStore();
        BinaryMessageDecoder<CaseEvent> envelopes = CaseEvent.createDecoder(schemas);
        // the last sequence processed per case; a real system keeps it in its own database, in the
        // transaction that applies the event
        Map<String, Long> processed = new HashMap<>();

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(TOPIC));
            while (true) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    CaseEvent event = envelopes.decode(record.value());
                    long last = processed.getOrDefault(event.getCaseId(), 0L);
                    if (event.getSequence() <= last) {
                        continue; // delivered again (at-least-once): already processed
                    }
                    SpecificRecord payload = payload(event, schemas);
                    if (payload instanceof AccidentRecord accident) {
                        System.out.printf("%s %s #%d report %s%n", event.getEventType(), event.getCaseId(),
                                event.getSequence(), accident.getSource().getReportNumber());
                    } else {
                        System.out.printf("%s %s #%d %s%n", event.getEventType(), event.getCaseId(),
                                event.getSequence(), payload.getSchema().getName());
                    }
                    processed.put(event.getCaseId(), event.getSequence());
                }
                consumer.commitSync();
            }
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException("an event this jar cannot decode: update accident-hub-schemas", unreadable);
        }
    }

    /**
     * The event's record: its single-object header names the writer schema by fingerprint (bytes 2..9,
     * little-endian); it is read into the current generated class of the same name.
     */
    static SpecificRecord payload(CaseEvent event, SchemaStore schemas) throws java.io.IOException {
        ByteBuffer bytes = event.getPayload();
        long fingerprint = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(bytes.position() + 2);
        Schema writer = schemas.findByFingerprint(fingerprint);
        if (writer == null) {
            throw new java.io.IOException("unknown schema fingerprint " + CanonicalSchemas.hexFingerprint(fingerprint)
                    + "; GET /api/v1/schemas/" + CanonicalSchemas.hexFingerprint(fingerprint) + " has it");
        }
        Schema reader = CanonicalSchemas.current().stream()
                .filter(schema -> schema.getFullName().equals(writer.getFullName())).findFirst().orElse(writer);
        return new BinaryMessageDecoder<SpecificRecord>(SpecificData.getForSchema(reader), reader, schemas)
                .decode(bytes);
    }
}
