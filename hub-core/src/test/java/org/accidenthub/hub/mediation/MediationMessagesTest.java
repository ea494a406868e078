package org.accidenthub.hub.mediation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.ORGANISATION;
import static org.accidenthub.hub.testsupport.Adjudication.OTHER_MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/** POST /api/v1/mediation/messages: a platform's SESSION and FAILURE, consumed once per messageId. */
@QuarkusTest
class MediationMessagesTest {

    private static final String MESSAGES = "/api/v1/mediation/messages";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A case in mediation with ORGANISATION: [caseId, mediationId]. */
    private static String[] mediating() {
        String caseId = Adjudication.calculatedCase();
        String mediationId = Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201)
                .extract().path("mediationId");
        return new String[] { caseId, mediationId };
    }

    private static String ago(int minutes) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes).truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    private static ObjectNode message(String type, String caseId, String mediationId, String organisation) {
        ObjectNode message = JSON.createObjectNode().put("formatVersion", "1.0").put("type", type)
                .put("messageId", "tj-" + UUID.randomUUID()).put("mediationId", mediationId).put("caseId", caseId);
        message.putObject("mediator").put("name", "赵敏").put("organisationCode", organisation);
        return message;
    }

    private static ObjectNode session(String caseId, String mediationId, String organisation) {
        ObjectNode session = message("SESSION", caseId, mediationId, organisation).put("sessionId", "S-1")
                .put("sessionNumber", 1).put("mode", "ONLINE_VIDEO").put("startedAt", ago(90))
                .put("endedAt", ago(30)).put("outcome", "ADJOURNED").put("summary", "双方对误工天数有分歧");
        session.putArray("attendees").addObject().put("kind", "PARTY").put("partyRef", "P1").put("name", "张伟");
        return session;
    }

    private static Response send(String token, ObjectNode message) {
        return given().auth().oauth2(token).contentType("application/json").body(message.toString()).post(MESSAGES);
    }

    private static long sessions(String mediationId) {
        return Database.count("select count(*) from mediation_sessions where mediation_id = ?::uuid", mediationId);
    }

    private static long storedAnswers(String key) {
        return Database.count("select count(*) from idempotent_requests where idempotency_key = ?", key);
    }

    private static long events(String caseId) {
        return Database.count("select count(*) from outbox_events where aggregateid = ?", caseId);
    }

    @Test
    void a_session_is_recorded_and_visible_in_the_current_mediation() {
        String[] m = mediating();
        send(MEDIATOR, session(m[0], m[1], ORGANISATION)).then().statusCode(200)
                .body("messageType", equalTo("SESSION"))
                .body("mediationId", equalTo(m[1]))
                .body("result.number", equalTo(1));
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/mediations/current", m[0]).then().statusCode(200)
                .body("sessions", hasSize(1))
                .body("sessions[0].mode", equalTo("ONLINE_VIDEO"))
                .body("sessions[0].attendees", equalTo("张伟 (P1)"))
                .body("sessions[0].summary", containsString("outcome ADJOURNED: 双方对误工天数有分歧"));
    }

    @Test
    void a_resend_answers_the_same_and_stores_nothing_new() {
        String[] m = mediating();
        ObjectNode session = session(m[0], m[1], ORGANISATION);
        Response first = send(MEDIATOR, session);
        long events = events(m[0]);
        Response again = send(MEDIATOR, session);

        first.then().statusCode(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(sessions(m[1])).isOne();
        assertThat(events(m[0])).isEqualTo(events);
        assertThat(storedAnswers(session.get("messageId").asText())).isOne();
    }

    @Test
    void the_same_message_id_with_another_message_is_409_and_stores_nothing() {
        String[] m = mediating();
        ObjectNode session = session(m[0], m[1], ORGANISATION);
        send(MEDIATOR, session).then().statusCode(200);
        session.put("summary", "另一份摘要");

        send(MEDIATOR, session).then().statusCode(409).contentType("application/problem+json");
        assertThat(sessions(m[1])).isOne();
    }

    @Test
    void an_invalid_message_is_422_with_paths_and_nothing_is_stored() {
        String[] m = mediating();
        ObjectNode session = session(m[0], m[1], ORGANISATION).put("mode", "TELEPATHY");
        session.remove("startedAt");

        send(MEDIATOR, session).then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/mode", "/startedAt"));
        assertThat(sessions(m[1])).isZero();
        assertThat(storedAnswers(session.get("messageId").asText())).isZero();
    }

    @Test
    void an_oversized_message_is_413() {
        given().auth().oauth2(MEDIATOR).contentType("application/json").body(new byte[256 * 1024 + 1])
                .post(MESSAGES).then().statusCode(413);
    }

    @Test
    void without_a_token_401_and_a_police_token_403() {
        String[] m = mediating();
        given().contentType("application/json").body(session(m[0], m[1], ORGANISATION).toString()).post(MESSAGES)
                .then().statusCode(401);
        send(POLICE_ZMD, session(m[0], m[1], ORGANISATION)).then().statusCode(403);
        assertThat(sessions(m[1])).isZero();
    }

    @Test
    void a_mediator_of_another_organisation_is_404_and_in_anothers_name_403() {
        String[] m = mediating();
        ObjectNode session = session(m[0], m[1], "XYZ-MED-09");
        send(OTHER_MEDIATOR, session).then().statusCode(404).contentType("application/problem+json");
        send(OTHER_MEDIATOR, session(m[0], m[1], ORGANISATION)).then().statusCode(403);
        assertThat(sessions(m[1])).isZero();
        assertThat(storedAnswers(session.get("messageId").asText())).isZero();
    }

    @Test
    void a_mediation_id_that_is_not_the_cases_is_404() {
        String[] m = mediating();
        send(MEDIATOR, session(m[0], UUID.randomUUID().toString(), ORGANISATION)).then().statusCode(404);
        assertThat(sessions(m[1])).isZero();
    }

    @Test
    void a_failure_ends_the_mediation() {
        String[] m = mediating();
        ObjectNode failure = message("FAILURE", m[0], m[1], ORGANISATION).put("reason", "NO_AGREEMENT_ON_AMOUNT")
                .put("failedAt", ago(5));
        send(MEDIATOR, failure).then().statusCode(200).body("messageType", equalTo("FAILURE"))
                .body("result.caseState", equalTo("MEDIATION_FAILED"));
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/mediations/current", m[0]).then()
                .body("state", equalTo("FAILED"));
    }

    @Test
    void an_agreement_is_422_agreement_via_api_and_nothing_is_stored() throws Exception {
        String[] m = mediating();
        ObjectNode agreement = message("AGREEMENT", m[0], m[1], ORGANISATION).put("agreementId", "A-1")
                .put("version", 1).put("calculationVersion", 1).put("total", "100.00").put("draftedAt", ago(10));
        ObjectNode term = agreement.putArray("terms").addObject();
        term.putObject("payer").put("kind", "INSURER").put("insurerCode", "PICC").put("name", "PICC");
        term.putObject("payee").put("kind", "PARTY").put("partyRef", "P2").put("name", "李娜");
        term.put("amount", "100.00").put("dueDate", Adjudication.inDays(10)).put("method", "BANK_TRANSFER");

        send(MEDIATOR, agreement).then().statusCode(422).body("errors[0].code", equalTo("AGREEMENT_VIA_API"))
                .body("errors[0].path", equalTo("/type"));
        assertThat(storedAnswers(agreement.get("messageId").asText())).isZero();
    }
}
