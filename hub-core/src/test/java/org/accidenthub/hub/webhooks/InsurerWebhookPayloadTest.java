package org.accidenthub.hub.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accidenthub.connectors.insurer.InsurerMessageConnector;
import org.accidenthub.connectors.insurer.InsurerMessageWriter;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.Sealed;
import org.accidenthub.hub.testsupport.TestTokens;
import org.accidenthub.hub.webhooks.TestReceiver.Received;
import org.junit.jupiter.api.Test;

/**
 * An insurer's webhook receives claim events as insurer messages (written by the insurer connector from
 * the event's canonical record); the police unit of the same case receives them as canonical JSON.
 */
@QuarkusTest
class InsurerWebhookPayloadTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PICC = TestTokens.insurer("PICC");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void claim_events_reach_the_insurer_in_its_own_format_and_the_police_in_canonical_json() throws Exception {
        try (TestReceiver insurer = TestReceiver.failingFirst(0); TestReceiver police = TestReceiver.failingFirst(0)) {
            List<String> types = List.of("ACCIDENT_RECEIVED", "CLAIM_OPENED", "CLAIM_LIABILITY_ANSWERED");
            var piccSubscription = Subscriptions.create(PICC, insurer.url(), types);
            String secret = piccSubscription.getString("secret");
            String policeSubscription = Subscriptions.create(PoliceUploads.ZMD, police.url(), types).getString("id");
            String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
            String claimId = given().auth().oauth2(PICC).queryParam("caseId", caseId).get("/api/v1/claims")
                    .then().statusCode(200).extract().path("items[0].claimId");
            given().auth().oauth2(PICC).contentType("application/json").body(Map.of("answer", "ADMITTED"))
                    .post("/api/v1/claims/{id}/liability", claimId).then().statusCode(200);

            List<Received> received = Eventually.value(WAIT, "three events for PICC", insurer::accepted,
                    accepted -> accepted.size() >= 3);
            List<Received> policeReceived = Eventually.value(WAIT, "four events for the police", police::accepted,
                    accepted -> accepted.size() >= 4);

            Received accident = received.get(0);
            assertThat(accident.header(WebhookDeliverer.EVENT_TYPE)).isEqualTo("ACCIDENT_RECEIVED");
            assertThat(JSON.readTree(accident.body()).get("eventType").asText()).isEqualTo("ACCIDENT_RECEIVED");

            Received opened = received.get(1);
            JsonNode notification = JSON.readTree(opened.body());
            assertThat(opened.header(WebhookDeliverer.EVENT_TYPE)).isEqualTo("CLAIM_OPENED");
            assertThat(notification.get("messageType").asText()).isEqualTo("CLAIM_NOTIFICATION");
            assertThat(notification.get("formatVersion").asText()).isEqualTo("1.0");
            assertThat(notification.get("insurerCode").asText()).isEqualTo("PICC");
            assertThat(notification.get("claimReference").asText()).isEqualTo(claimId);
            assertThat(notification.at("/body/claimant/partyRef").asText()).isEqualTo("P2");
            assertThat(notification.at("/body/coverages")).hasSize(2);
            assertThat(notification.has("payload")).isFalse();
            // exactly what the connector writes from the event's canonical record
            assertThat(opened.body()).isEqualTo(new InsurerMessageWriter().write(storedPayload(opened)));
            assertThat(PartnerVerification.verify(secret, opened.header(WebhookSignature.HEADER), opened.body()))
                    .isTrue();

            JsonNode answered = JSON.readTree(received.get(2).body());
            assertThat(answered.get("messageType").asText()).isEqualTo("LIABILITY_RESPONSE");
            assertThat(answered.at("/body/decision").asText()).isEqualTo("ADMITTED");
            assertThat(answered.at("/body/claimStatus").asText()).isEqualTo("LIABILITY_ADMITTED");

            assertThat(policeReceived).extracting(r -> r.header(WebhookDeliverer.EVENT_TYPE))
                    .containsExactly("ACCIDENT_RECEIVED", "CLAIM_OPENED", "CLAIM_OPENED", "CLAIM_LIABILITY_ANSWERED");
            for (Received canonical : policeReceived) {
                JsonNode body = JSON.readTree(canonical.body());
                assertThat(body.get("eventId").asText()).isEqualTo(canonical.header(WebhookDeliverer.EVENT_ID));
                assertThat(body.has("payload")).isTrue();
                assertThat(body.has("messageType")).isFalse();
            }
            assertThat(InsurerMessageConnector.MEDIA_TYPE).isEqualTo(opened.header("content-type"));
            Subscriptions.delete(PoliceUploads.ZMD, policeSubscription);
            Subscriptions.delete(PICC, piccSubscription.getString("id"));
        }
    }

    /** The canonical record of the delivered event, as the outbox holds it. */
    private static org.apache.avro.specific.SpecificRecord storedPayload(Received delivery) throws Exception {
        try (var connection = Database.connect(); var query = connection.prepareStatement(
                "select payload from outbox_events where id = cast(? as uuid)")) {
            query.setString(1, delivery.header(WebhookDeliverer.EVENT_ID));
            try (var rows = query.executeQuery()) {
                rows.next();
                return DecodedEvent.decode(Sealed.open(rows.getBytes(1))).payload(); // sealed at rest
            }
        }
    }
}
