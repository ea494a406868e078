package org.accidenthub.hub.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.accidenthub.hub.webhooks.TestReceiver.Received;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ZMD = PoliceUploads.ZMD;
    private static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);
    private static final List<String> ACCIDENT_EVENTS = List.of("ACCIDENT_RECEIVED", "ACCIDENT_REVISED");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_receiver_that_fails_its_first_three_attempts_gets_every_event_in_order_signed() throws Exception {
        try (TestReceiver receiver = TestReceiver.failingFirst(3)) {
            JsonPath subscription = Subscriptions.create(ZMD, receiver.url(), ACCIDENT_EVENTS);
            String caseId = caseWithRevisions(ZMD, PoliceFiles.example(), 3);
            String otherUnitsCase = caseWithRevisions(SQ, PoliceFiles.ofUnit(TestTokens.SQ_UNIT), 2);

            List<Received> delivered = Eventually.value(WAIT, "three events delivered", receiver::accepted,
                    accepted -> accepted.size() >= 3);

            assertThat(delivered).extracting(r -> r.header(WebhookDeliverer.SEQUENCE)).containsExactly("1", "2", "3");
            assertThat(delivered).extracting(r -> r.header(WebhookDeliverer.CASE_ID)).containsOnly(caseId);
            assertThat(delivered.get(0).header(WebhookDeliverer.ATTEMPT)).isEqualTo("4");
            assertThat(receiver.all()).hasSize(6)
                    .noneMatch(r -> otherUnitsCase.equals(r.header(WebhookDeliverer.CASE_ID)));
            for (Received request : receiver.all()) {
                assertThat(PartnerVerification.verify(subscription.getString("secret"),
                        request.header(WebhookSignature.HEADER), request.body())).isTrue();
            }
            JsonNode body = JSON.readTree(delivered.get(2).body());
            assertThat(body.get("eventId").asText()).isEqualTo(delivered.get(2).header(WebhookDeliverer.EVENT_ID));
            assertThat(body.get("eventType").asText()).isEqualTo("ACCIDENT_REVISED");
            assertThat(body.get("payload").get("source").get("unitCode").asText()).isEqualTo(TestTokens.ZMD_UNIT);
            assertThat(delivered.get(0).header("content-type")).startsWith("application/json");
            Subscriptions.delete(ZMD, subscription.getString("id"));
        }
    }

    @Test
    void a_dead_letter_holds_back_its_case_until_a_replay_delivers_both_in_order() throws Exception {
        try (TestReceiver receiver = TestReceiver.failingAlways()) {
            String id = Subscriptions.create(ZMD, receiver.url(), ACCIDENT_EVENTS).getString("id");
            String caseId = caseWithRevisions(ZMD, PoliceFiles.example(), 2);

            Eventually.until(WAIT, "first event dead-lettered",
                    () -> Subscriptions.deliveries(ZMD, id, "DEAD").getInt("total") == 1);
            JsonPath waiting = Subscriptions.deliveries(ZMD, id, "PENDING");
            assertThat(waiting.getInt("items[0].sequence")).isEqualTo(2);
            assertThat(waiting.getInt("items[0].attempts")).isZero();
            assertThat(receiver.all()).extracting(r -> r.header(WebhookDeliverer.SEQUENCE)).containsOnly("1");

            receiver.recover();
            given().auth().oauth2(ZMD).queryParam("caseId", caseId).queryParam("fromSequence", 1)
                    .post(Subscriptions.PATH + "/" + id + "/replay")
                    .then().statusCode(202).body("replayed", equalTo(2));

            List<Received> delivered = Eventually.value(WAIT, "both delivered", receiver::accepted,
                    accepted -> accepted.size() >= 2);
            assertThat(delivered).extracting(r -> r.header(WebhookDeliverer.SEQUENCE)).containsExactly("1", "2");
            Subscriptions.delete(ZMD, id);
        }
    }

    @Test
    void a_replay_after_a_cursor_delivers_the_later_events_again() throws Exception {
        try (TestReceiver receiver = TestReceiver.failingFirst(0)) {
            String id = Subscriptions.create(ZMD, receiver.url(), ACCIDENT_EVENTS).getString("id");
            caseWithRevisions(ZMD, PoliceFiles.example(), 2);
            List<Received> delivered = Eventually.value(WAIT, "two delivered", receiver::accepted,
                    accepted -> accepted.size() >= 2);
            String cursorOfFirst = JSON.readTree(delivered.get(0).body()).get("cursor").asText();

            given().auth().oauth2(ZMD).queryParam("after", cursorOfFirst)
                    .post(Subscriptions.PATH + "/" + id + "/replay")
                    .then().statusCode(202).body("replayed", equalTo(1));

            List<Received> again = Eventually.value(WAIT, "replayed", receiver::accepted, all -> all.size() >= 3);
            assertThat(again.get(2).header(WebhookDeliverer.EVENT_ID))
                    .isEqualTo(delivered.get(1).header(WebhookDeliverer.EVENT_ID));
            Subscriptions.delete(ZMD, id);
        }
    }

    @Test
    void only_the_subscribed_event_types_are_delivered() throws Exception {
        try (TestReceiver receiver = TestReceiver.failingFirst(0)) {
            String id = Subscriptions.create(ZMD, receiver.url(), List.of("ACCIDENT_REVISED")).getString("id");
            caseWithRevisions(ZMD, PoliceFiles.example(), 2);

            List<Received> delivered = Eventually.value(WAIT, "revision delivered", receiver::accepted,
                    accepted -> !accepted.isEmpty());
            Eventually.sleep(Duration.ofMillis(600));

            assertThat(receiver.all()).extracting(r -> r.header(WebhookDeliverer.EVENT_TYPE))
                    .containsOnly("ACCIDENT_REVISED");
            assertThat(delivered.get(0).header(WebhookDeliverer.SEQUENCE)).isEqualTo("2");
            Subscriptions.delete(ZMD, id);
        }
    }

    @Test
    void an_insurer_receives_the_cases_its_policies_cover_and_only_its_own_claim_messages() throws Exception {
        String pingan = TestTokens.insurer("PINGAN");
        try (TestReceiver piccReceiver = TestReceiver.failingFirst(0);
                TestReceiver pinganReceiver = TestReceiver.failingFirst(0)) {
            List<String> everything = List.of("ACCIDENT_RECEIVED", "ACCIDENT_REVISED", "CLAIM_OPENED");
            String picc = Subscriptions.create(TestTokens.insurer("PICC"), piccReceiver.url(), everything)
                    .getString("id");
            String other = Subscriptions.create(pingan, pinganReceiver.url(), everything).getString("id");
            // the example: PICC policies on V1, CPIC on V2, and a liability finding
            String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

            List<Received> delivered = Eventually.value(WAIT, "accident delivered", piccReceiver::accepted,
                    accepted -> !accepted.isEmpty());
            Eventually.sleep(Duration.ofSeconds(1));

            assertThat(piccReceiver.all()).extracting(r -> r.header(WebhookDeliverer.CASE_ID)).containsOnly(caseId);
            for (Received request : piccReceiver.all()) {
                // claim messages come in the insurer format (insurerCode in its envelope), the rest as canonical JSON
                JsonNode body = JSON.readTree(request.body());
                JsonNode insurer = body.has("payload") ? body.get("payload").get("insurerCode") : body.get("insurerCode");
                assertThat(insurer == null || insurer.asText().equals("PICC")).isTrue();
            }
            assertThat(delivered.get(0).header(WebhookDeliverer.EVENT_TYPE)).isEqualTo("ACCIDENT_RECEIVED");
            assertThat(pinganReceiver.all()).isEmpty();
            Subscriptions.delete(TestTokens.insurer("PICC"), picc);
            Subscriptions.delete(pingan, other);
        }
    }

    /** A new case and revisions - 1 changed narratives, without a finding (no claims): that many events. */
    private static String caseWithRevisions(String token, ObjectNode file, int revisions) {
        file.remove("finding");
        String caseId = PoliceUploads.upload(token, PoliceFiles.bytes(file)).then().statusCode(201).extract()
                .path("caseId");
        for (int revision = 2; revision <= revisions; revision++) {
            file.put("narrative", "第" + revision + "次修订。");
            PoliceUploads.upload(token, PoliceFiles.bytes(file)).then().statusCode(200);
        }
        return caseId;
    }
}
