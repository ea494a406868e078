package org.accidenthub.hub.events.relay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.events.Metrics;
import org.accidenthub.hub.events.OutboxRows;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    InMemoryEventPublisher broker;

    @Inject
    RelayDatabase database;

    @AfterEach
    void brokerBehavesAgain() {
        broker.firstSendsUnacknowledged(false);
        broker.down(false);
    }

    @Test
    void every_event_of_a_case_reaches_the_broker_once_in_sequence_order() {
        String caseId = caseWithRevisions(3);
        List<UUID> written = OutboxRows.eventIds(caseId);

        Eventually.until(WAIT, "all events published", () -> broker.streamOf(caseId).size() >= written.size());

        assertThat(broker.streamOf(caseId)).extracting(EventRecord::eventId).containsExactlyElementsOf(written);
        assertThat(OutboxRows.unpublished(caseId)).isZero();
    }

    @Test
    void the_record_is_keyed_by_case_on_the_aggregate_topic_with_routing_headers() {
        String caseId = caseWithRevisions(1);
        UUID eventId = OutboxRows.eventIds(caseId).get(0);

        EventRecord record = Eventually.value(WAIT, "event published", () -> broker.streamOf(caseId),
                published -> !published.isEmpty()).get(0);

        assertThat(record.topic()).isEqualTo("accidenthub.case-events.v1");
        assertThat(record.key()).isEqualTo(caseId);
        assertThat(record.headers()).containsEntry(EventRecords.EVENT_ID, eventId.toString())
                .containsEntry(EventRecords.EVENT_TYPE, "ACCIDENT_RECEIVED")
                .containsEntry(EventRecords.SEQUENCE, "1")
                .containsEntry(EventRecords.PAYLOAD_TYPE, AccidentRecord.getClassSchema().getFullName())
                .containsEntry(EventRecords.PAYLOAD_FINGERPRINT,
                        CanonicalSchemas.hexFingerprint(AccidentRecord.getClassSchema()));
    }

    @Test
    void events_written_but_not_acknowledged_are_sent_again_without_overtaking_each_other() {
        broker.firstSendsUnacknowledged(true);
        String caseId = caseWithRevisions(4);
        List<UUID> written = OutboxRows.eventIds(caseId);

        Eventually.until(WAIT, "all events acknowledged", () -> OutboxRows.unpublished(caseId) == 0);

        List<EventRecord> stream = broker.streamOf(caseId);
        Map<UUID, EventRecord> firstSeen = new LinkedHashMap<>();
        stream.forEach(record -> firstSeen.putIfAbsent(record.eventId(), record));
        assertThat(stream).hasSize(2 * written.size());
        assertThat(firstSeen.keySet()).containsExactlyElementsOf(written);
    }

    @Test
    void while_the_broker_is_down_the_api_answers_the_outbox_grows_and_then_drains() {
        broker.down(true);
        String caseId = caseWithRevisions(2);

        Eventually.until(WAIT, "lag metric shows the backlog", () -> Metrics.value("accidenthub_outbox_lag_events") >= 2);
        assertThat(OutboxRows.unpublished(caseId)).isEqualTo(2);
        assertThat(broker.streamOf(caseId)).isEmpty();

        broker.down(false);
        Eventually.until(WAIT, "outbox drained", () -> OutboxRows.unpublished(caseId) == 0);
        Eventually.until(WAIT, "lag metric back to 0", () -> Metrics.value("accidenthub_outbox_lag_events") == 0);
        assertThat(broker.streamOf(caseId)).extracting(EventRecord::eventId)
                .containsExactlyElementsOf(OutboxRows.eventIds(caseId));
    }

    @Test
    void a_second_relay_stands_by_while_one_is_active() throws Exception {
        Eventually.until(WAIT, "relay active", () -> OutboxRows.unpublished(caseWithRevisions(1)) == 0);

        assertThat(RelaySession.tryOpen(database)).isEmpty();
    }

    /** A new case (201 each upload answers 2xx) and revisions - 1 changed narratives: that many events. */
    static String caseWithRevisions(int revisions) {
        ObjectNode file = PoliceFiles.example();
        file.remove("finding");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));
        for (int revision = 2; revision <= revisions; revision++) {
            file.put("narrative", file.get("narrative").asText() + " 修订" + revision + "。");
            PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);
        }
        return caseId;
    }
}
