package org.accidenthub.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.apache.avro.message.BinaryMessageDecoder;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.CaseEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxTest {

    static final BinaryMessageDecoder<CaseEvent> EVENTS = CanonicalRecords.decoder(CaseEvent.getClassSchema());

    @Test
    void a_new_case_and_each_revision_write_one_event_each_in_order() throws Exception {
        ObjectNode file = PoliceFiles.example();
        String caseId = PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).path("caseId");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);
        file.put("narrative", "修订后的事故经过。");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        List<CaseEvent> events = eventsOf(caseId);

        // the example's finding opens two claims in the first upload's transaction (docs/CLAIMS.md)
        assertThat(events).extracting(CaseEvent::getEventType)
                .containsExactly("ACCIDENT_RECEIVED", "CLAIM_OPENED", "CLAIM_OPENED", "ACCIDENT_REVISED");
        assertThat(events).extracting(CaseEvent::getSequence).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events).extracting(CaseEvent::getCaseId).containsOnly(caseId);
        assertThat(events.get(0).getActor().getOrgCode()).isEqualTo("411700000000");
    }

    @Test
    void the_event_payload_is_the_canonical_record_decodable_by_fingerprint() throws Exception {
        ObjectNode file = PoliceFiles.example();
        String caseId = PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).path("caseId");

        CaseEvent event = eventsOf(caseId).get(0);
        AccidentRecord record = CanonicalRecords.<AccidentRecord>decoder(AccidentRecord.getClassSchema())
                .decode(event.getPayload());

        assertThat(event.getPayloadType()).isEqualTo(AccidentRecord.getClassSchema().getFullName());
        assertThat(record.getSource().getReportNumber()).isEqualTo(file.get("reportNumber").asText());
    }

    @Test
    void a_rejected_file_writes_no_event() {
        ObjectNode file = PoliceFiles.example();
        file.put("level", "CATASTROPHIC");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(422);

        assertThat(Database.count("select count(*) from outbox_events e join cases c on c.id::text = e.aggregateid"
                + " where c.report_number = ?", file.get("reportNumber").asText())).isZero();
    }

    static List<CaseEvent> eventsOf(String caseId) throws SQLException, java.io.IOException {
        List<CaseEvent> events = new ArrayList<>();
        try (var connection = Database.connect(); var statement = connection.prepareStatement(
                "select payload from outbox_events where aggregatetype = 'case' and aggregateid = ? order by sequence")) {
            statement.setString(1, caseId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(EVENTS.decode(org.accidenthub.hub.testsupport.Sealed.open(rows.getBytes(1))));
                }
            }
        }
        return events;
    }
}
