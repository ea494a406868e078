package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.compensation.CompensationFixtures.ADMIN;
import static org.accidenthub.hub.compensation.CompensationFixtures.PARTY;
import static org.accidenthub.hub.compensation.CompensationFixtures.PICC;
import static org.accidenthub.hub.compensation.CompensationFixtures.POLICE_ZMD;
import static org.accidenthub.hub.compensation.CompensationFixtures.WHAT_IF;
import static org.accidenthub.hub.compensation.CompensationFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WhatIfTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_example_gives_the_same_amounts_as_the_case_calculation() {
        whatIf(PICC, example()).then().statusCode(200)
                .body("items.find { it.item == 'DISABILITY_COMPENSATION' }.amount", equalTo("164000.00"))
                .body("totals.byPayer.find { it.payer.kind == 'COMPULSORY_INSURER' }.amount", equalTo("196000.00"))
                .body("totals.byPayer.find { it.payer.kind == 'COMMERCIAL_INSURER' }.amount", equalTo("18900.00"))
                .body("totals.total", equalTo("223000.00"))
                .body("caseId", nullValue())
                .body("version", nullValue());
    }

    @Test
    void a_what_if_answers_the_question_asked_equal_shares_move_money_to_the_victim() {
        ObjectNode fiftyFifty = example();
        ((ObjectNode) fiftyFifty.withArray("parties").get(0)).put("liabilityShare", 50);
        ((ObjectNode) fiftyFifty.withArray("parties").get(1)).put("liabilityShare", 50);

        // 27,000 left after compulsory insurance: P1's half 13,500, P2's own half 13,500
        whatIf(PICC, fiftyFifty).then().statusCode(200)
                .body("totals.byPayer.find { it.payer.kind == 'COMMERCIAL_INSURER' }.amount", equalTo("13500.00"))
                .body("totals.byPayer.find { it.payer.kind == 'VICTIM_OWN_SHARE' }.amount", equalTo("13500.00"));
    }

    @Test
    void without_figures_in_the_request_the_stored_standards_are_used() {
        ObjectNode stored = example();
        stored.remove("standards");

        whatIf(POLICE_ZMD, stored).then().statusCode(200)
                .body("standardsApplied.TRADE_AVERAGE_WAGE_CONSTRUCTION", equalTo("73000.00"))
                .body("totals.total", equalTo("223000.00"));
    }

    @Test
    void a_what_if_stores_nothing() {
        // tests run one at a time, so nothing else writes meanwhile
        long calculations = CompensationRows.rowsOf("compensation_calculations");
        long events = CompensationRows.rowsOf("outbox_events");

        whatIf(PICC, example()).then().statusCode(200);

        assertThat(CompensationRows.rowsOf("compensation_calculations")).isEqualTo(calculations);
        assertThat(CompensationRows.rowsOf("outbox_events")).isEqualTo(events);
    }

    @Test
    void every_problem_is_listed_with_its_pointer_into_the_request() {
        ObjectNode broken = example();
        broken.put("accidentDate", "2026-10-32");
        ((ObjectNode) broken.withArray("vehicles").get(0).get("commercialThirdParty")).put("limit", "1000000");
        ((ObjectNode) broken.withArray("parties").get(1)).put("liabilityShare", 40);
        ObjectNode victim = (ObjectNode) broken.withArray("victims").get(0);
        victim.remove("vehicleRef");
        ((ObjectNode) victim.get("assessment")).remove("age");

        whatIf(PICC, broken).then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/accidentDate", "/vehicles/0/commercialThirdParty/limit",
                        "/parties", "/victims/0/vehicleRef", "/victims/0/assessment/age"))
                .body("errors.find { it.path == '/parties' }.code", equalTo("SHARES_NOT_100"))
                .body("errors.find { it.path == '/victims/0/vehicleRef' }.code", equalTo("VEHICLE_REF_MISSING"));
    }

    @Test
    void a_missing_standard_is_named() {
        ObjectNode noMeals = example();
        ((ObjectNode) noMeals.get("standards")).remove("HOSPITAL_MEAL_ALLOWANCE_PER_DAY");

        whatIf(PICC, noMeals).then().statusCode(422)
                .body("errors[0].code", equalTo("MISSING_REGIONAL_STANDARD"))
                .body("errors[0].message", containsString("HOSPITAL_MEAL_ALLOWANCE_PER_DAY for province 410000"));
    }

    @Test
    void an_accident_before_the_2008_limits_has_no_limits_to_apply() {
        ObjectNode old = example();
        old.put("accidentDate", "2007-06-01");

        whatIf(PICC, old).then().statusCode(422).body("errors[0].code", equalTo("MISSING_COMPULSORY_LIMITS"));
    }

    @Test
    void every_hub_role_may_ask() {
        whatIf(PARTY, example()).then().statusCode(200);
        whatIf(ADMIN, example()).then().statusCode(200);
    }

    @Test
    void no_token_gets_401() {
        given().contentType("application/json").body(fixture("what-if-example.json")).post(WHAT_IF).then()
                .statusCode(401);
    }

    private static Response whatIf(String token, ObjectNode body) {
        return given().auth().oauth2(token).contentType("application/json").body(body.toString()).post(WHAT_IF);
    }

    private static ObjectNode example() {
        try {
            return (ObjectNode) JSON.readTree(fixture("what-if-example.json"));
        } catch (java.io.IOException impossible) {
            throw new java.io.UncheckedIOException(impossible);
        }
    }
}
