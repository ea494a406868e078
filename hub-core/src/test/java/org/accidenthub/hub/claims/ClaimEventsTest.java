package org.accidenthub.hub.claims;

import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.junit.jupiter.api.Test;

/** Every claim change writes its outbox event with the case's next sequence, in the same transaction. */
@QuarkusTest
class ClaimEventsTest {

    static final BinaryMessageDecoder<CaseEvent> EVENTS = CanonicalRecords.decoder(CaseEvent.getClassSchema());

    @Test
    void opening_the_example_writes_the_accident_and_then_one_claim_opened_event_per_claim() throws Exception {
        String caseId = ClaimsApi.exampleCase();

        List<CaseEvent> events = eventsOf(caseId);

        assertThat(events).extracting(CaseEvent::getEventType)
                .containsExactly("ACCIDENT_RECEIVED", "CLAIM_OPENED", "CLAIM_OPENED");
        assertThat(events).extracting(CaseEvent::getSequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(1).getPayloadType()).isEqualTo(ClaimNotification.getClassSchema().getFullName());
        assertThat(events.get(1).getActor().getOrgCode()).isEqualTo("411700000000");
    }

    @Test
    void the_claim_notification_holds_what_the_insurer_needs_to_act() throws Exception {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);

        ClaimNotification notification = eventsOf(caseId).stream()
                .filter(e -> e.getEventType().equals("CLAIM_OPENED"))
                .map(e -> ClaimEventsTest.<ClaimNotification>decode(ClaimNotification.getClassSchema(), e))
                .filter(n -> n.getClaimId().equals(claimId))
                .findFirst().orElseThrow();

        assertThat(notification.getMessageId()).isNotBlank();
        assertThat(notification.getCaseId()).isEqualTo(caseId);
        assertThat(notification.getUnitCode()).isEqualTo("411700000000");
        assertThat(notification.getReportNumber()).startsWith("T");
        assertThat(notification.getOccurredAt()).hasToString("2026-10-03T00:15:00Z");
        assertThat(notification.getInsurerCode()).isEqualTo("PICC");
        assertThat(notification.getVictim().getRef()).isEqualTo("P2");
        assertThat(notification.getVictim().getName()).isEqualTo("李娜");
        assertThat(notification.getVictim().getInjury().name()).isEqualTo("SERIOUS");
        assertThat(notification.getCovers()).extracting(c -> c.getPolicyNumber())
                .containsExactly(ClaimsApi.V1_COMPULSORY, ClaimsApi.V1_COMMERCIAL);
        assertThat(notification.getCovers().get(1).getCoverLimit()).isEqualByComparingTo("1000000.00");
        assertThat(notification.getDecisionDueAt()).isEqualTo(notification.getOpenedAt().plus(Duration.ofDays(30)));
    }

    @Test
    void the_journey_writes_each_change_in_order_with_a_gap_free_sequence() throws Exception {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        Calculations.upTo(PICC, claimId, 2); // the versions the offer may name
        ClaimsApi.verify(claimId, ClaimsApi.V1_COMPULSORY, "CONFIRMED").then().statusCode(201);
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 2, "12000.00").then().statusCode(201);
        ClaimsApi.pay(claimId, "12000.00", ClaimsApi.today(), "PAY-1").then().statusCode(201);

        List<CaseEvent> events = eventsOf(caseId);

        assertThat(events).extracting(CaseEvent::getEventType).containsExactly("ACCIDENT_RECEIVED", "CLAIM_OPENED",
                "CLAIM_OPENED", "LOSS_ASSESSMENT_RECORDED", "COMPENSATION_CALCULATED", "COMPENSATION_CALCULATED",
                "CLAIM_POLICY_VERIFIED", "CLAIM_LIABILITY_ANSWERED", "CLAIM_OFFERED", "CLAIM_PAYMENT_RECORDED",
                "CLAIM_SETTLED");
        assertThat(events).extracting(CaseEvent::getSequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(events.get(8).getActor().getClientId()).isEqualTo("insurer-picc");
        ClaimOffer offer = decode(ClaimOffer.getClassSchema(), events.get(8));
        assertThat(offer.getCalculationVersion()).isEqualTo(2);
        assertThat(offer.getAmount()).isEqualByComparingTo(new BigDecimal("12000.00"));
        PaymentConfirmation payment = decode(PaymentConfirmation.getClassSchema(), events.get(9));
        assertThat(payment.getReference()).isEqualTo("PAY-1");
        assertThat(payment.getClaimState().name()).isEqualTo("SETTLED");
        ClaimStateChange settled = decode(ClaimStateChange.getClassSchema(), events.get(10));
        assertThat(settled.getChange().name()).isEqualTo("SETTLED");
    }

    @Test
    void a_refused_change_writes_no_event() throws Exception {
        String caseId = ClaimsApi.exampleCase();
        String claimId = ClaimsApi.claimOf(caseId, PICC);
        Calculations.upTo(PICC, claimId, 1);
        int before = eventsOf(caseId).size();
        ClaimsApi.offer(claimId, 1, "100.00").then().statusCode(409);

        assertThat(eventsOf(caseId)).hasSize(before);
    }

    @Test
    void a_revision_after_claims_continues_the_same_sequence() throws Exception {
        ObjectNode file = PoliceFiles.example();
        String caseId = ClaimsApi.caseOf(file);
        ClaimsApi.admit(ClaimsApi.claimOf(caseId, PICC)).then().statusCode(200);
        file.put("narrative", "修订后的事故经过。");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        assertThat(eventsOf(caseId)).extracting(CaseEvent::getEventType).containsExactly("ACCIDENT_RECEIVED",
                "CLAIM_OPENED", "CLAIM_OPENED", "CLAIM_LIABILITY_ANSWERED", "ACCIDENT_REVISED");
        assertThat(eventsOf(caseId)).extracting(CaseEvent::getSequence).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    /** The event's payload as the claim message of {@code schema}. */
    private static <T> T decode(Schema schema, CaseEvent event) {
        try {
            return CanonicalRecords.<T>decoder(schema).decode(event.getPayload());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static List<CaseEvent> eventsOf(String caseId) throws SQLException, IOException {
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
