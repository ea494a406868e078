package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.compensation.CompensationFixtures.CPIC;
import static org.accidenthub.hub.compensation.CompensationFixtures.JUDGE;
import static org.accidenthub.hub.compensation.CompensationFixtures.MEDIATOR;
import static org.accidenthub.hub.compensation.CompensationFixtures.PICC;
import static org.accidenthub.hub.compensation.CompensationFixtures.PINGAN;
import static org.accidenthub.hub.compensation.CompensationFixtures.POLICE_ZMD;
import static org.accidenthub.hub.compensation.CompensationFixtures.assess;
import static org.accidenthub.hub.compensation.CompensationFixtures.exampleCase;
import static org.accidenthub.hub.compensation.CompensationFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.List;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.VictimLossAssessment;
import org.accidenthub.schemas.v1.VictimPosition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentTest {

    static final String P2_INJURED = fixture("assessment-p2-injured-driver.json");

    String caseId;

    @BeforeEach
    void newExampleCase() {
        caseId = exampleCase();
    }

    @Test
    void an_insurer_of_the_case_enters_the_first_assessment_of_a_victim_as_version_1() {
        assess(PICC, caseId, "P2", P2_INJURED).then().statusCode(201)
                .header("Location", endsWith("/api/v1/cases/" + caseId + "/assessments/P2"))
                .body("victimRef", equalTo("P2"))
                .body("version", equalTo(1))
                .body("role", equalTo("DRIVER"))
                .body("vehicleRef", equalTo("V2"))
                .body("assessedBy.orgCode", equalTo("PICC"))
                .body("assessment.medicalReceipts[0].amount", equalTo("30000.00"))
                .body("assessment.transport", equalTo("0.00"))
                .body("assessment.died", equalTo(false));
    }

    @Test
    void each_change_is_a_new_version_and_an_identical_resend_is_not() {
        assess(PICC, caseId, "P2", P2_INJURED).then().statusCode(201);
        assess(CPIC, caseId, "P2", P2_INJURED.replace("\"15000.00\"", "\"16000.00\"")).then().statusCode(200)
                .body("version", equalTo(2));

        assess(CPIC, caseId, "P2", P2_INJURED.replace("\"15000.00\"", "\"16000.00\"")).then().statusCode(200)
                .body("version", equalTo(2));
        assertThat(CompensationRows.versionsOf(caseId)).isEqualTo(2);
    }

    @Test
    void the_list_shows_the_newest_version_of_each_victim() {
        assess(PICC, caseId, "P2", P2_INJURED).then().statusCode(201);
        assess(PICC, caseId, "P2", P2_INJURED.replace("\"hospitalDays\": 20", "\"hospitalDays\": 21")).then()
                .statusCode(200);
        assess(PICC, caseId, "P1", "{\"propertyLoss\":\"3000.00\"}").then().statusCode(201);

        given().auth().oauth2(CPIC).get("/api/v1/cases/{id}/assessments", caseId).then().statusCode(200)
                .body("items.victimRef", contains("P1", "P2"))
                .body("items.version", contains(1, 2))
                .body("items[1].assessment.hospitalDays", equalTo(21))
                .body("total", equalTo(2));
        given().auth().oauth2(CPIC).get("/api/v1/cases/{id}/assessments/P2", caseId).then().statusCode(200)
                .body("version", equalTo(2));
    }

    @Test
    void every_problem_is_listed_with_its_pointer_into_the_body() {
        assess(PICC, caseId, "P2", fixture("assessment-with-problems.json")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.path", containsInAnyOrder("/medicalReceipts/0/amount", "/transport", "/age",
                        "/disability/grade", "/lostIncome", "/nursing/days", "/dependants/0/age"))
                .body("errors.find { it.path == '/medicalReceipts/0/amount' }.code", equalTo("PATTERN_MISMATCH"))
                .body("errors.find { it.path == '/age' }.code", equalTo("AGE_REQUIRED"))
                .body("errors.find { it.path == '/dependants/0/age' }.code", equalTo("MINOR_AGE_OUT_OF_RANGE"));
        assertThat(CompensationRows.versionsOf(caseId)).isZero();
    }

    @Test
    void an_unknown_field_is_refused_with_its_pointer_instead_of_counting_as_not_claimed() {
        assess(PICC, caseId, "P2", "{\"age\":36,\"mentalDistres\":\"5000.00\"}").then().statusCode(400)
                .body("errors[0].path", equalTo("/mentalDistres"))
                .body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    }

    @Test
    void the_victim_must_be_a_party_of_the_case() {
        assess(PICC, caseId, "P9", P2_INJURED).then().statusCode(422)
                .body("errors[0].code", equalTo("VICTIM_NOT_A_PARTY"));
    }

    @Test
    void an_assessment_writes_its_event_with_the_canonical_record() throws Exception {
        assess(PICC, caseId, "P2", P2_INJURED).then().statusCode(201);

        List<CaseEvent> events = CompensationRows.eventsOf(caseId, "LOSS_ASSESSMENT_RECORDED");
        assertThat(events).hasSize(1);
        VictimLossAssessment record = CanonicalRecords.<VictimLossAssessment>decoder(
                VictimLossAssessment.getClassSchema()).decode(events.get(0).getPayload());
        assertThat(record.getVictimRef()).isEqualTo("P2");
        assertThat(record.getVersion()).isEqualTo(1);
        assertThat(record.getPosition()).isEqualTo(VictimPosition.DRIVER);
        assertThat(record.getDisabilityGrade()).isEqualTo(9);
        assertThat(record.getMedicalReceipts().get(0).getAmount()).isEqualByComparingTo(new BigDecimal("30000.00"));
        assertThat(record.getAssessedBy().getOrgCode()).isEqualTo("PICC");
    }

    @Test
    void an_insurer_without_a_policy_on_the_case_gets_404() {
        assess(PINGAN, caseId, "P2", P2_INJURED).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(PINGAN).get("/api/v1/cases/{id}/assessments", caseId).then().statusCode(404);
    }

    @Test
    void mediators_and_judges_get_404_until_their_journeys_assign_cases() {
        assess(MEDIATOR, caseId, "P2", P2_INJURED).then().statusCode(404);
        assess(JUDGE, caseId, "P2", P2_INJURED).then().statusCode(404);
        given().auth().oauth2(MEDIATOR).get("/api/v1/cases/{id}/assessments", caseId).then().statusCode(404);
    }

    @Test
    void police_may_neither_enter_nor_read_assessments() {
        assess(POLICE_ZMD, caseId, "P2", P2_INJURED).then().statusCode(403);
        given().auth().oauth2(POLICE_ZMD).get("/api/v1/cases/{id}/assessments", caseId).then().statusCode(403);
    }

    @Test
    void no_token_gets_401() {
        given().contentType("application/json").body(P2_INJURED)
                .put("/api/v1/cases/{id}/assessments/P2", caseId).then().statusCode(401);
    }

    @Test
    void a_victim_without_an_assessment_is_404() {
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/assessments/P1", caseId).then().statusCode(404);
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/assessments", caseId).then().statusCode(200)
                .body("items", hasSize(0));
    }
}
