package org.accidenthub.hub.confirmation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.COURT;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadlines of judicial confirmation, with the hub's clock moved instead of waiting. */
@QuarkusTest
class ConfirmationDeadlineTest {

    @Inject
    SettableClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_application_after_30_days_is_refused_citing_the_rule_and_nothing_is_stored() {
        String caseId = Adjudication.agreedCase("30000.00");
        clock.advance(Duration.ofDays(30).plusHours(1));

        Adjudication.apply(PARTY_P1, caseId, COURT).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("APPLICATION_TOO_LATE"))
                .body("errors[0].message", containsString("People's Mediation Law art. 33"));
        assertThat(Database.count("select count(*) from confirmation_applications where case_id = ?::uuid", caseId))
                .isZero();
        Adjudication.timeline(PARTY_P1, caseId).then()
                .body("openDeadlines.find { it.kind == 'CONFIRMATION_APPLICATION' }.overdue", equalTo(true));
    }

    @Test
    void the_second_party_applying_late_is_refused_too() {
        String caseId = Adjudication.agreedCase("30000.00");
        clock.advance(Duration.ofDays(29));
        Adjudication.apply(PARTY_P1, caseId, COURT).then().statusCode(201).body("state", equalTo("AWAITING_PARTIES"));
        clock.advance(Duration.ofDays(2));
        Adjudication.apply(PARTY_P2, caseId, COURT).then().statusCode(409)
                .body("errors[0].code", equalTo("APPLICATION_TOO_LATE"));
    }

    @Test
    void an_overdue_acceptance_and_an_overdue_ruling_are_flagged() {
        String caseId = Adjudication.agreedCase("30000.00");
        String applicationId = Adjudication.filedApplication(caseId);
        String judge = Adjudication.assignedJudge(applicationId);
        clock.advance(Duration.ofDays(4));
        given().auth().oauth2(judge).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .body("acceptanceOverdue", equalTo(true));

        Adjudication.accept(applicationId).then().statusCode(200).body("rulingOverdue", equalTo(false));
        clock.advance(Duration.ofDays(16));
        given().auth().oauth2(judge).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .body("rulingOverdue", equalTo(true));
        given().auth().oauth2(judge).queryParam("overdue", "true").get("/api/v1/confirmation-applications").then()
                .statusCode(200).body("items.applicationId", hasItem(applicationId));
        Adjudication.timeline(judge, caseId).then()
                .body("openDeadlines.find { it.kind == 'CONFIRMATION_RULING' }.overdue", equalTo(true));
        // a passed deadline is not extended after the fact
        Adjudication.judgeStep(judge, applicationId, "extension", "{\"reason\":\"鉴定未完成\"}").then()
                .statusCode(409).body("errors[0].code", equalTo("RULING_OVERDUE"));
    }

    @Test
    void the_ruling_deadline_is_extended_once_by_10_days_and_a_second_extension_is_refused() {
        String caseId = Adjudication.agreedCase("30000.00");
        String applicationId = Adjudication.filedApplication(caseId);
        String judge = Adjudication.assignedJudge(applicationId);
        String due = Adjudication.accept(applicationId).then().statusCode(200).extract().path("rulingDueAt");

        String extended = Adjudication.judgeStep(judge, applicationId, "extension", "{\"reason\":\"需要通知当事人到场核实\"}")
                .then().statusCode(200)
                .body("extension.reason", equalTo("需要通知当事人到场核实"))
                .extract().path("rulingDueAt");
        assertThat(Duration.between(java.time.Instant.parse(due), java.time.Instant.parse(extended)))
                .isEqualTo(Duration.ofDays(10));

        Adjudication.judgeStep(judge, applicationId, "extension", "{\"reason\":\"再次延长\"}").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("EXTENSION_ALREADY_USED"))
                .body("errors[0].message", containsString("extendable once by 10 days"));
        Adjudication.judgeStep(judge, applicationId, "extension", "{}").then().statusCode(422)
                .body("errors[0].path", equalTo("/reason"));
    }
}
