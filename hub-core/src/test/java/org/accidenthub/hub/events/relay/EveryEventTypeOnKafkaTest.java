package org.accidenthub.hub.events.relay;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.ORGANISATION;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.accidenthub.hub.claims.ClaimsApi;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.events.EventsDocumentationTest;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Arbitration;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.SettableClock;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5's promise to partners, kept for every event type at once: journeys through the API write each type
 * of {@link CaseEventType}, the relay publishes them to a real broker, and a plain Avro consumer
 * ({@link PlainTopicAudit}: TopicAudit.java with the schemas jar, Avro and kafka-clients only) reads every one
 * back, in case order, into the record docs/EVENTS.md names for its type. A type added without a journey here
 * fails this test. The test clock makes the one type that needs time to pass, a claim's deadline breach.
 */
@QuarkusTest
@TestProfile(RealKafkaProfile.class)
class EveryEventTypeOnKafkaTest {

    private static final String TOPIC = "accidenthub.case-events.v1";
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_plain_avro_consumer_decodes_every_event_type_from_the_topic_into_its_documented_record() throws IOException {
        List<String> cases = List.of(speedTrialJudged(), arbitrationAwarded(), confirmedAfterAnExtension(),
                claimSettledWhileAnotherBreachesItsDeadline());
        List<String> allTypes = Arrays.stream(CaseEventType.values()).map(Enum::name).toList();

        PlainTopicAudit.Result audit = PlainTopicAudit.of(KafkaBroker.current().bootstrapServers(), TOPIC, cases,
                allTypes);
        System.out.println("[EveryEventTypeOnKafkaTest] TopicAudit:\n" + audit.output());

        assertThat(audit.classpath()).as("the consumer's classpath").isNotEmpty()
                .noneMatch(entry -> entry.startsWith(KafkaBroker.hubRoot().resolve("hub-core").toString()));
        assertThat(audit.exitCode()).as("TopicAudit (every event on the topic, in case order, decoded):\n"
                + audit.output()).isZero();
        Map<String, List<String>> decoded = audit.decoded();
        assertThat(decoded.keySet()).as(audit.output()).containsExactlyInAnyOrderElementsOf(allTypes);
        Map<String, String> documented = EventsDocumentationTest.documentedPayloads();
        decoded.forEach((type, records) -> assertThat(records).as("payload records of " + type)
                .containsOnly(documented.get(type)));
    }

    /** ACCIDENT_RECEIVED, CLAIM_OPENED, LOSS_ASSESSMENT_RECORDED, COMPENSATION_CALCULATED, MEDIATION_ASSIGNED,
     *  MEDIATION_FAILED, SPEED_TRIAL_FILED, SPEED_TRIAL_JUDGED, CLAIM_PAYMENT_DUE. */
    private static String speedTrialJudged() {
        String caseId = Adjudication.failedMediation();
        var filed = Adjudication.fileSpeedTrial(PARTY_P2, caseId).then().statusCode(201).extract().jsonPath();
        Adjudication.judgeSpeedTrial(Adjudication.JUDGES.get(filed.getString("judge")), filed.getString("filingId"),
                Adjudication.SPEED_TRIAL_JUDGMENT).then().statusCode(200);
        return caseId;
    }

    /** ARBITRATION_REFERRED, ARBITRATION_AWARDED (and again a failed mediation and the amount due). */
    private static String arbitrationAwarded() {
        String[] referred = Arbitration.referredCase();
        Arbitration.send(Arbitration.ARBITRATOR, Arbitration.award("EVERY-TYPE-" + referred[1], referred[1],
                referred[0], Arbitration.COMMISSION)).then().statusCode(201);
        return referred[0];
    }

    /** MEDIATION_SESSION_RECORDED, MEDIATION_AGREEMENT_DRAFTED / _SIGNED / _EFFECTIVE, CONFIRMATION_REQUESTED,
     *  CONFIRMATION_ACCEPTANCE_DECIDED, CONFIRMATION_RULING_EXTENDED, CONFIRMATION_RULED. */
    private static String confirmedAfterAnExtension() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.assign(POLICE_ZMD, caseId, ORGANISATION).then().statusCode(201);
        given().auth().oauth2(MEDIATOR).contentType("application/json")
                .body("{\"heldAt\":\"2026-10-05T09:30:00+08:00\",\"mode\":\"IN_PERSON\",\"attendees\":\"张伟、李娜\","
                        + "\"summary\":\"双方就赔偿金额达成一致\"}")
                .post("/api/v1/cases/{caseId}/mediations/current/sessions", caseId).then().statusCode(201);
        Adjudication.draft(MEDIATOR, caseId, Adjudication.agreementBody("30000.00")).then().statusCode(201);
        Adjudication.sign(PARTY_P1, caseId, 1).then().statusCode(201);
        Adjudication.sign(PARTY_P2, caseId, 1).then().statusCode(201);
        String applicationId = Adjudication.filedApplication(caseId);
        Adjudication.accept(applicationId).then().statusCode(200);
        Adjudication.judgeStep(Adjudication.assignedJudge(applicationId), applicationId, "extension",
                "{\"reason\":\"需要通知当事人到场核实\"}").then().statusCode(200);
        Adjudication.confirm(applicationId).then().statusCode(200);
        return caseId;
    }

    /**
     * ACCIDENT_REVISED and CLAIM_COVERS_ADDED (a revision names another CPIC policy), CLAIM_POLICY_VERIFIED,
     * CLAIM_LIABILITY_ANSWERED, CLAIM_OFFERED, CLAIM_PAYMENT_RECORDED, CLAIM_SETTLED on PICC's claim; then 31
     * days pass and CPIC's unanswered claim breaches its decision deadline (Insurance Law art. 23): CLAIM_DEADLINE_BREACHED.
     */
    private String claimSettledWhileAnotherBreachesItsDeadline() {
        ObjectNode file = PoliceFiles.example();
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(ClaimsApi.withV2Commercial(file)))
                .then().statusCode(200);
        String piccClaim = ClaimsApi.claimOf(caseId, ClaimsApi.PICC);
        ClaimsApi.verify(piccClaim, ClaimsApi.V1_COMPULSORY, "CONFIRMED").then().statusCode(201);
        ClaimsApi.admit(piccClaim).then().statusCode(200);
        ClaimsApi.offer(piccClaim, 1, "12000.00").then().statusCode(201);
        ClaimsApi.pay(piccClaim, "12000.00", ClaimsApi.today(), "EVERY-TYPE").then().statusCode(201);

        topicAcceptsTimestampsOfTheTestClock();
        clock.advance(Duration.ofDays(31));
        ClaimsApi.claimsByOverdue(ClaimsApi.CPIC, caseId, true).then().statusCode(200)
                .body("items.claimId", hasItem(ClaimsApi.claimOf(caseId, ClaimsApi.CPIC)));
        return caseId;
    }

    /**
     * The breach is dated by the test clock, 31 days ahead of the broker's; Kafka 4 refuses a record stamped
     * more than an hour ahead ({@code message.timestamp.after.max.ms}), and the relay would offer it forever.
     * A hub's clock is the broker's time, so only this test's topic needs to take such timestamps.
     */
    private static void topicAcceptsTimestampsOfTheTestClock() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaBroker.current().bootstrapServers()))) {
            Eventually.until(WAIT, "the relay created " + TOPIC, () -> topics(admin).contains(TOPIC));
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, TOPIC), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_AFTER_MAX_MS_CONFIG,
                            Long.toString(Long.MAX_VALUE)), AlterConfigOp.OpType.SET)))).all().get();
        } catch (ExecutionException failed) {
            throw new IllegalStateException("could not configure " + TOPIC, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static Set<String> topics(Admin admin) {
        try {
            return admin.listTopics().names().get();
        } catch (ExecutionException | InterruptedException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
