package org.accidenthub.hub.events.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.events.Metrics;
import org.accidenthub.hub.events.OutboxRows;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.Sealed;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.Actor;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.RandomData;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The relay against a real broker: order per case, an outage, and decoding with the schemas jar alone. */
@QuarkusTest
@TestProfile(RealKafkaProfile.class)
class KafkaRelayTest {

    private static final String TOPIC = "accidenthub.case-events.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final BinaryMessageDecoder<CaseEvent> ENVELOPES = CanonicalRecords.decoder(CaseEvent.getClassSchema());

    @Test
    void every_event_arrives_in_case_order_even_across_a_broker_outage() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            cases.add(caseWithRevisions(3));
        }
        cases.add(PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()))); // with a finding: claim events too

        KafkaBroker.current().halt();
        for (int i = 0; i < 10; i++) {
            cases.add(caseWithRevisions(2)); // the API answers while the broker is down
        }
        Eventually.until(WAIT, "the lag metric shows the backlog",
                () -> Metrics.value("accidenthub_outbox_lag_events") >= 20);
        KafkaBroker.current().launch();
        Eventually.until(WAIT, "the outbox drained", () -> Metrics.value("accidenthub_outbox_lag_events") == 0);

        Map<String, List<UUID>> written = new LinkedHashMap<>();
        cases.forEach(caseId -> written.put(caseId, OutboxRows.eventIds(caseId)));
        Set<UUID> expected = new HashSet<>();
        written.values().forEach(expected::addAll);
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KafkaBroker.current().bootstrapServers(),
                TOPIC, WAIT, read -> read.stream().map(KafkaRelayTest::eventId).toList().containsAll(expected));

        Map<String, List<UUID>> firstSeen = new HashMap<>();
        Map<String, Set<Integer>> partitions = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            CaseEvent envelope = ENVELOPES.decode(record.value());
            assertThat(record.key()).isEqualTo(envelope.getCaseId());
            assertThat(header(record, EventRecords.SEQUENCE)).isEqualTo(Long.toString(envelope.getSequence()));
            partitions.computeIfAbsent(record.key(), key -> new HashSet<>()).add(record.partition());
            if (seen.add(eventId(record))) {
                firstSeen.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(eventId(record));
            }
        }
        written.forEach((caseId, ids) -> assertThat(firstSeen.get(caseId)).as(caseId).containsExactlyElementsOf(ids));
        assertThat(partitions.values()).allMatch(used -> used.size() == 1);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.current().bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
                    .hasSize(RealKafkaProfile.PARTITIONS);
        }
    }

    @Test
    void a_consumer_with_only_the_schemas_jar_decodes_every_payload_schema() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Map<UUID, Schema> sent = new LinkedHashMap<>();
        long sequence = 0;
        for (Schema schema : CanonicalSchemas.current()) {
            if (!schema.equals(CaseEvent.getClassSchema())) {
                sent.put(writeSyntheticEvent(caseId, ++sequence, schema), schema);
            }
        }

        List<ConsumerRecord<String, byte[]>> records = TopicReader.readUntil(KafkaBroker.current().bootstrapServers(),
                TOPIC, WAIT, read -> read.stream().filter(r -> r.key().equals(caseId)).count() >= sent.size());

        for (ConsumerRecord<String, byte[]> record : records) {
            if (!record.key().equals(caseId)) {
                continue;
            }
            CaseEvent envelope = ENVELOPES.decode(record.value());
            Schema writer = CanonicalSchemas.byFingerprint(HexFormat.fromHexDigitsToLong(
                    header(record, EventRecords.PAYLOAD_FINGERPRINT))).orElseThrow();
            SpecificRecord payload = CanonicalRecords.<SpecificRecord>decoder(writer).decode(envelope.getPayload());
            assertThat(payload.getSchema().getFullName()).isEqualTo(envelope.getPayloadType())
                    .isEqualTo(sent.get(UUID.fromString(envelope.getEventId())).getFullName());
        }
    }

    /** An outbox row of a synthetic case whose payload is a random record of the schema. */
    private static UUID writeSyntheticEvent(String caseId, long sequence, Schema schema) throws Exception {
        GenericRecord record = (GenericRecord) decodable(schema,
                new RandomData(GenericData.get(), schema, 1, sequence).iterator().next());
        ByteBuffer payload = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record);
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now();
        CaseEvent envelope = CaseEvent.newBuilder().setEventId(eventId.toString()).setEventType("SYNTHETIC")
                .setCaseId(caseId).setSequence(sequence).setOccurredAt(now)
                .setActor(Actor.newBuilder().setSubject("test").setClientId(null).setOrgType("OPERATOR")
                        .setOrgCode("HUB").build())
                .setPayloadType(schema.getFullName()).setPayload(payload).build();
        try (Connection connection = Database.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_events (id, aggregatetype, aggregateid, type, timestamp, payload, sequence)"
                        + " values (?, 'case', ?, 'SYNTHETIC', ?, ?, ?)")) {
            insert.setObject(1, eventId);
            insert.setString(2, caseId);
            insert.setTimestamp(3, Timestamp.from(now));
            // stored sealed, as the hub stores every outbox payload (docs/SECURITY.md "Personal data")
            insert.setBytes(4, Sealed.cipher().seal(CanonicalRecords.singleObject(envelope::toByteBuffer)));
            insert.setLong(5, sequence);
            insert.executeUpdate();
        }
        return eventId;
    }

    /** Random data leaves some decimals empty (no digits at all); every real writer gives at least one byte. */
    private static Object decodable(Schema schema, Object value) {
        switch (schema.getType()) {
            case UNION:
                return decodable(schema.getTypes().get(GenericData.get().resolveUnion(schema, value)), value);
            case RECORD:
                GenericRecord record = (GenericRecord) value;
                schema.getFields().forEach(field -> record.put(field.pos(),
                        decodable(field.schema(), record.get(field.pos()))));
                return record;
            case ARRAY:
                return ((List<?>) value).stream().map(item -> decodable(schema.getElementType(), item)).toList();
            case MAP:
                Map<Object, Object> map = new HashMap<>();
                ((Map<?, ?>) value).forEach((key, item) -> map.put(key, decodable(schema.getValueType(), item)));
                return map;
            case BYTES:
                boolean empty = ((ByteBuffer) value).remaining() == 0;
                return empty && schema.getLogicalType() != null ? ByteBuffer.wrap(new byte[] {7}) : value;
            default:
                return value;
        }
    }

    private static UUID eventId(ConsumerRecord<String, byte[]> record) {
        return UUID.fromString(header(record, EventRecords.EVENT_ID));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String caseWithRevisions(int revisions) {
        return OutboxRelayTest.caseWithRevisions(revisions);
    }
}
