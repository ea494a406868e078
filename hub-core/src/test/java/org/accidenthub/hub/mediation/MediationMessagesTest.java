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

import static org.accidenthub.hub.mediation.PlatformMessages.ago;
import static org.accidenthub.hub.mediation.PlatformMessages.events;
import static org.accidenthub.hub.mediation.PlatformMessages.mediating;
import static org.accidenthub.hub.mediation.PlatformMessages.message;
import static org.accidenthub.hub.mediation.PlatformMessages.send;
import static org.accidenthub.hub.mediation.PlatformMessages.storedAnswers;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.accidenthub.hub.mediation.PlatformMessages.Mediating;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/**
 * POST /api/v1/mediation/messages: a platform's SESSION and FAILURE, consumed once per messageId (AGREEMENT:
 * AgreementMessagesTest).
 */
@QuarkusTest
class MediationMessagesTest {

    private static ObjectNode session(Mediating m, String organisation) {
        ObjectNode session = message("SESSION", m, organisation).put("sessionId", "S-1")
                .put("sessionNumber", 1).put("mode", "ONLINE_VIDEO").put("startedAt", ago(90))
                .put("endedAt", ago(30)).put("outcome", "ADJOURNED").put("summary", "双方对误工天数有分歧");
        session.putArray("attendees").addObject().put("kind", "PARTY").put("partyRef", "P1").put("name", "张伟");
        session.putObject("minutesDocument").put("name", "调解笔录-第1次.pdf").put("mediaType", "application/pdf")
                .put("sha256", MINUTES_SHA256.toUpperCase()).put("size", 30512);
        return session;
    }

    private static final String MINUTES_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static long sessions(String mediationId) {
        return Database.count("select count(*) from mediation_sessions where mediation_id = ?::uuid", mediationId);
    }

    @Test
    void a_session_is_recorded_and_visible_in_the_current_mediation() {
        Mediating m = mediating();
        ObjectNode session = session(m, ORGANISATION);
        send(MEDIATOR, session).then().statusCode(200)
                .body("messageType", equalTo("SESSION"))
                .body("mediationId", equalTo(m.mediationId()))
                .body("result.number", equalTo(1));
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/mediations/current", m.caseId()).then().statusCode(200)
                .body("sessions", hasSize(1))
                .body("sessions[0].mode", equalTo("ONLINE_VIDEO"))
                .body("sessions[0].attendees", equalTo("张伟 (P1)"))
                .body("sessions[0].summary", containsString("outcome ADJOURNED: 双方对误工天数有分歧"))
                .body("sessions[0].endedAt", equalTo(OffsetDateTime.parse(session.get("endedAt").asText())
                        .toInstant().toString()))
                .body("sessions[0].outcome", equalTo("ADJOURNED"))
                .body("sessions[0].platformSessionId", equalTo("S-1"))
                .body("sessions[0].platformSessionNumber", equalTo(1))
                .body("sessions[0].minutes.name", equalTo("调解笔录-第1次.pdf"))
                .body("sessions[0].minutes.sha256", equalTo(MINUTES_SHA256))
                .body("sessions[0].minutes.size", equalTo(30512));
    }

    @Test
    void a_session_id_already_recorded_is_409_and_stores_nothing() {
        Mediating m = mediating();
        send(MEDIATOR, session(m, ORGANISATION)).then().statusCode(200);
        ObjectNode again = session(m, ORGANISATION);

        send(MEDIATOR, again).then().statusCode(409).body("errors[0].code", equalTo("SESSION_ALREADY_RECORDED"))
                .body("errors[0].path", equalTo("/sessionId"));
        assertThat(sessions(m.mediationId())).isOne();
        assertThat(storedAnswers(again.get("messageId").asText())).isZero();
    }

    @Test
    void a_resend_answers_the_same_and_stores_nothing_new() {
        Mediating m = mediating();
        ObjectNode session = session(m, ORGANISATION);
        Response first = send(MEDIATOR, session);
        long events = events(m.caseId());
        Response again = send(MEDIATOR, session);

        first.then().statusCode(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(sessions(m.mediationId())).isOne();
        assertThat(events(m.caseId())).isEqualTo(events);
        assertThat(storedAnswers(session.get("messageId").asText())).isOne();
    }

    @Test
    void the_same_message_id_with_another_message_is_409_and_stores_nothing() {
        Mediating m = mediating();
        ObjectNode session = session(m, ORGANISATION);
        send(MEDIATOR, session).then().statusCode(200);
        session.put("summary", "另一份摘要");

        send(MEDIATOR, session).then().statusCode(409).contentType("application/problem+json");
        assertThat(sessions(m.mediationId())).isOne();
    }

    @Test
    void an_invalid_message_is_422_with_paths_and_nothing_is_stored() {
        Mediating m = mediating();
        ObjectNode session = session(m, ORGANISATION).put("mode", "TELEPATHY");
        session.remove("startedAt");

        send(MEDIATOR, session).then().statusCode(422).contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/mode", "/startedAt"));
        assertThat(sessions(m.mediationId())).isZero();
        assertThat(storedAnswers(session.get("messageId").asText())).isZero();
    }

    @Test
    void an_oversized_message_is_413() {
        given().auth().oauth2(MEDIATOR).contentType("application/json").body(new byte[256 * 1024 + 1])
                .post(PlatformMessages.MESSAGES).then().statusCode(413);
    }

    @Test
    void without_a_token_401_and_a_police_token_403() {
        Mediating m = mediating();
        given().contentType("application/json").body(session(m, ORGANISATION).toString())
                .post(PlatformMessages.MESSAGES)
                .then().statusCode(401);
        send(POLICE_ZMD, session(m, ORGANISATION)).then().statusCode(403);
        assertThat(sessions(m.mediationId())).isZero();
    }

    @Test
    void a_mediator_of_another_organisation_is_404_and_in_anothers_name_403() {
        Mediating m = mediating();
        ObjectNode session = session(m, "XYZ-MED-09");
        send(OTHER_MEDIATOR, session).then().statusCode(404).contentType("application/problem+json");
        send(OTHER_MEDIATOR, session(m, ORGANISATION)).then().statusCode(403);
        assertThat(sessions(m.mediationId())).isZero();
        assertThat(storedAnswers(session.get("messageId").asText())).isZero();
    }

    @Test
    void a_mediation_id_that_is_not_the_cases_is_404() {
        Mediating m = mediating();
        send(MEDIATOR, session(new Mediating(m.caseId(), UUID.randomUUID().toString()), ORGANISATION)).then().statusCode(404);
        assertThat(sessions(m.mediationId())).isZero();
    }

    @Test
    void a_failure_ends_the_mediation() {
        Mediating m = mediating();
        ObjectNode failure = message("FAILURE", m, ORGANISATION).put("reason", "NO_AGREEMENT_ON_AMOUNT")
                .put("failedAt", ago(5));
        send(MEDIATOR, failure).then().statusCode(200).body("messageType", equalTo("FAILURE"))
                .body("result.caseState", equalTo("MEDIATION_FAILED"));
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/mediations/current", m.caseId()).then()
                .body("state", equalTo("FAILED"));
    }

}
