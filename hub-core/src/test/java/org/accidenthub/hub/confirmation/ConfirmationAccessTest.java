package org.accidenthub.hub.confirmation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.COURT;
import static org.accidenthub.hub.testsupport.Adjudication.JUDGE_SQ1;
import static org.accidenthub.hub.testsupport.Adjudication.MEDIATOR;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.junit.jupiter.api.Test;

/** Only the assigned court's judges see an application, and only its assigned judge acts on it. */
@QuarkusTest
class ConfirmationAccessTest {

    @Test
    void a_judge_of_another_court_can_neither_see_nor_rule() {
        String caseId = Adjudication.agreedCase("30000.00");
        String applicationId = Adjudication.filedApplication(caseId);

        given().auth().oauth2(JUDGE_SQ1).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .statusCode(404);
        given().auth().oauth2(JUDGE_SQ1).get("/api/v1/confirmation-applications").then().statusCode(200)
                .body("items.applicationId", not(hasItem(applicationId)));
        given().auth().oauth2(JUDGE_SQ1).get("/api/v1/cases/{id}/timeline", caseId).then().statusCode(404);
        for (String step : new String[] { "acceptance", "extension", "ruling" }) {
            Adjudication.judgeStep(JUDGE_SQ1, applicationId, step, body(step)).then().statusCode(404).contentType("application/problem+json");
        }
        assertThat(Database.count("select count(*) from confirmation_applications where id = ?::uuid"
                + " and state = 'FILED'", applicationId)).isOne();
    }

    @Test
    void the_other_judge_of_the_court_sees_the_application_but_may_not_act_on_it() {
        String applicationId = Adjudication.filedApplication(Adjudication.agreedCase("30000.00"));
        String other = Adjudication.otherJudge(applicationId);

        given().auth().oauth2(other).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .statusCode(200);
        Adjudication.judgeStep(other, applicationId, "acceptance", body("acceptance")).then().statusCode(403);
    }

    @Test
    void only_judges_take_judicial_steps_and_only_parties_apply() {
        String caseId = Adjudication.agreedCase("30000.00");
        Adjudication.apply(MEDIATOR, caseId, COURT).then().statusCode(403);
        Adjudication.apply(STRANGER, caseId, COURT).then().statusCode(404);
        Adjudication.apply(PARTY_P1, caseId, "999999").then().statusCode(422)
                .body("errors[0].code", equalTo("UNKNOWN_COURT"));
        String applicationId = Adjudication.filedApplication(caseId);
        Adjudication.judgeStep(PICC, applicationId, "acceptance", body("acceptance")).then().statusCode(403);
        Adjudication.judgeStep(PARTY_P1, applicationId, "ruling", body("ruling")).then().statusCode(403);
        given().contentType("application/json").body(body("ruling"))
                .post("/api/v1/confirmation-applications/{id}/ruling", applicationId).then().statusCode(401);
        given().auth().oauth2(STRANGER).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .statusCode(404);
    }

    @Test
    void a_ruling_needs_an_accepted_application_and_a_rejection_needs_reasons() {
        String caseId = Adjudication.agreedCase("30000.00");
        String applicationId = Adjudication.filedApplication(caseId);
        String judge = Adjudication.assignedJudge(applicationId);
        Adjudication.judgeStep(judge, applicationId, "ruling", body("ruling")).then().statusCode(409)
                .body("errors[0].code", equalTo("APPLICATION_STATE"));
        Adjudication.accept(applicationId).then().statusCode(200);
        Adjudication.judgeStep(judge, applicationId, "ruling", "{\"outcome\":\"REJECTED\"}").then().statusCode(422)
                .body("errors[0].path", equalTo("/reasons"));
        Adjudication.judgeStep(judge, applicationId, "ruling", "{\"outcome\":\"REJECTED\",\"reasons\":[\"协议内容违反法律强制性规定\"]}")
                .then().statusCode(200)
                .body("state", equalTo("REJECTED"))
                .body("reasons[0]", equalTo("协议内容违反法律强制性规定"));
        Adjudication.timeline(PARTY_P1, caseId).then().body("state", equalTo("CONFIRMATION_REJECTED"));
        // after a rejection the parties may mediate again (Civil Procedure Law art. 206)
        Adjudication.assign(PARTY_P1, caseId, Adjudication.ORGANISATION).then().statusCode(201)
                .body("number", equalTo(2));
    }

    private static String body(String step) {
        return switch (step) {
            case "acceptance" -> "{\"decision\":\"ACCEPTED\"}";
            case "extension" -> "{\"reason\":\"x\"}";
            default -> "{\"outcome\":\"CONFIRMED\"}";
        };
    }
}
