package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.compensation.CompensationFixtures.CPIC;
import static org.accidenthub.hub.compensation.CompensationFixtures.JUDGE;
import static org.accidenthub.hub.compensation.CompensationFixtures.MEDIATOR;
import static org.accidenthub.hub.compensation.CompensationFixtures.PICC;
import static org.accidenthub.hub.compensation.CompensationFixtures.PINGAN;
import static org.accidenthub.hub.compensation.CompensationFixtures.POLICE_SQ;
import static org.accidenthub.hub.compensation.CompensationFixtures.POLICE_ZMD;
import static org.accidenthub.hub.compensation.CompensationFixtures.assessInjuredDriver;
import static org.accidenthub.hub.compensation.CompensationFixtures.calculate;
import static org.accidenthub.hub.compensation.CompensationFixtures.certificateCase;
import static org.accidenthub.hub.compensation.CompensationFixtures.exampleCase;
import static org.accidenthub.hub.compensation.CompensationFixtures.loadTestStandards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.calculation.CalculationInput;
import org.accidenthub.compensation.calculation.CompensationCalculator;
import org.accidenthub.compensation.calculation.CompensationLine;
import org.accidenthub.compensation.calculation.CompensationResult;
import org.accidenthub.compensation.calculation.Party;
import org.accidenthub.compensation.calculation.Vehicle;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandard;
import org.accidenthub.compensation.standards.RegionalStandards;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.CompensationCalculation;
import org.accidenthub.schemas.v1.CompensationPayerKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaseCompensationTest {

    /** The test figures of 450000/2025, loaded from CSV by the operator before each test. */
    static final String GUANGXI_2025 = "{\"province\":\"450000\",\"statisticalYear\":2025}";
    static final String DEFAULT_PROVINCE_2025 = "{\"statisticalYear\":2025}";

    String caseId;

    @BeforeEach
    void exampleCaseWithTheInjuredDriverAssessed() {
        loadTestStandards();
        caseId = exampleCase();
        assessInjuredDriver(caseId);
    }

    @Test
    void the_example_calculated_with_standards_loaded_from_csv_gives_the_modules_own_result() {
        JsonPath calculation = calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201).extract().jsonPath();

        CompensationResult expected = new CompensationCalculator().calculate(theSameInputForTheModule());
        List<Map<String, Object>> lines = calculation.getList("lines");
        assertThat(lines).hasSize(expected.lines().size());
        for (int i = 0; i < lines.size(); i++) {
            CompensationLine line = expected.lines().get(i);
            assertThat(lines.get(i)).containsEntry("victimRef", line.victimRef())
                    .containsEntry("item", line.item().name())
                    .containsEntry("amount", line.amount().toPlainString())
                    .containsEntry("allocation", line.allocation())
                    .containsEntry("formula", line.formula());
            assertThat(((Map<?, ?>) lines.get(i).get("payer")).get("label")).isEqualTo(line.payer().label());
        }
        assertThat(calculation.getString("totals.total")).isEqualTo(expected.total().toPlainString());
    }

    @Test
    void the_key_figures_of_the_example_are_the_hand_computed_ones() {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201)
                // 41,000 × 20 years (age 36) × 20 % (grade 9) = 164,000.00
                .body("items.find { it.item == 'DISABILITY_COMPENSATION' }.amount", equalTo("164000.00"))
                // V1's compulsory insurer: medical 18,000 + death/disability 176,000 + property 2,000
                .body("totals.byPayer.find { it.payer.kind == 'COMPULSORY_INSURER' }.payer.insurerCode", equalTo("PICC"))
                .body("totals.byPayer.find { it.payer.kind == 'COMPULSORY_INSURER' }.amount", equalTo("196000.00"))
                // 70 % of the 27,000 left, paid by P1's commercial insurer; P2 bears her own 30 %
                .body("totals.byPayer.find { it.payer.kind == 'COMMERCIAL_INSURER' }.amount", equalTo("18900.00"))
                .body("totals.byPayer.find { it.payer.kind == 'VICTIM_OWN_SHARE' }.amount", equalTo("8100.00"))
                .body("totals.total", equalTo("223000.00"));
    }

    @Test
    void the_calculation_says_what_it_was_made_from() {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201)
                .body("accidentDate", equalTo("2026-10-03"))
                .body("caseRevision", equalTo(1))
                .body("standardsApplied.URBAN_DISPOSABLE_INCOME_PER_CAPITA", equalTo("41000.00"))
                .body("limitsApplied.effectiveFrom", equalTo("2020-09-19"))
                .body("vehicles.find { it.ref == 'V1' }.commercialLimit", equalTo("1000000.00"))
                .body("parties.liabilityShare", contains(70, 30))
                .body("victims[0].assessmentVersion", equalTo(1))
                .body("options.compulsorySharing", equalTo("EQUALLY"));
    }

    @Test
    void the_province_defaults_to_that_of_the_cases_division_code() {
        calculate(CPIC, caseId, DEFAULT_PROVINCE_2025).then().statusCode(201)
                .body("province", equalTo("410000"))
                .body("totals.total", equalTo("223000.00"));
    }

    @Test
    void each_calculation_is_kept_as_the_next_numbered_version() {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201)
                .header("Location", endsWith("/api/v1/cases/" + caseId + "/compensation/1"))
                .body("version", equalTo(1));
        calculate(CPIC, caseId, DEFAULT_PROVINCE_2025).then().statusCode(201)
                .header("Location", endsWith("/compensation/2"))
                .body("version", equalTo(2));

        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/compensation", caseId).then().statusCode(200)
                .body("items.version", contains(1, 2))
                .body("items.province", contains("450000", "410000"))
                .body("items.calculatedBy.orgCode", contains("PICC", "CPIC"))
                .body("total", equalTo(2));
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/compensation/2", caseId).then().statusCode(200)
                .body("version", equalTo(2))
                .body("totals.total", equalTo("223000.00"));
    }

    @Test
    void a_missing_standard_is_named_by_province_year_and_item() {
        calculate(PICC, caseId, "{\"statisticalYear\":2019}").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].code", equalTo("MISSING_REGIONAL_STANDARD"))
                .body("errors[0].message", containsString("410000"))
                .body("errors[0].message", containsString("2019"))
                .body("errors[0].message", containsString("HOSPITAL_MEAL_ALLOWANCE_PER_DAY"));
        assertThat(CompensationRows.calculationsOf(caseId)).isZero();
    }

    @Test
    void every_problem_of_the_request_is_listed_with_its_pointer() {
        calculate(PICC, caseId, "{\"province\":\"4100\",\"options\":{\"compulsorySharing\":\"BY_LUCK\","
                + "\"mentalDistressRiderVehicles\":[\"V2\"]}}").then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/province", "/statisticalYear",
                        "/options/compulsorySharing", "/options/mentalDistressRiderVehicles/0"))
                .body("errors.find { it.path == '/statisticalYear' }.code", equalTo("REQUIRED"))
                .body("errors.find { it.path == '/options/mentalDistressRiderVehicles/0' }.code",
                        equalTo("NO_COMMERCIAL_POLICY"));
    }

    @Test
    void under_an_accident_certificate_the_case_has_no_shares_and_the_calculator_does_not_guess() {
        String certified = certificateCase();
        assessInjuredDriver(certified);

        calculate(PICC, certified, GUANGXI_2025).then().statusCode(422)
                .body("errors.find { it.code == 'SHARES_NOT_100' }.path", equalTo("/case/parties"));
    }

    @Test
    void shares_the_mediator_or_judge_sets_replace_the_cases_and_are_kept_with_the_version() {
        String certified = certificateCase();
        assessInjuredDriver(certified);

        // 27,000 left after compulsory insurance: P1's 60 % to PICC commercial, P2 bears her own 40 %
        calculate(PICC, certified, "{\"province\":\"450000\",\"statisticalYear\":2025,"
                + "\"liabilityShares\":{\"P1\":60,\"P2\":40}}").then().statusCode(201)
                .body("parties.liabilityShare", contains(60, 40))
                .body("totals.byPayer.find { it.payer.kind == 'COMMERCIAL_INSURER' }.amount", equalTo("16200.00"))
                .body("totals.byPayer.find { it.payer.kind == 'VICTIM_OWN_SHARE' }.amount", equalTo("10800.00"));
    }

    @Test
    void shares_that_do_not_add_up_point_at_the_shares_set() {
        calculate(PICC, caseId, "{\"statisticalYear\":2025,\"liabilityShares\":{\"P1\":120,\"P9\":10}}")
                .then().statusCode(422)
                .body("errors.path", containsInAnyOrder("/liabilityShares/P1", "/liabilityShares/P9"))
                .body("errors.code", containsInAnyOrder("SHARE_OUT_OF_RANGE", "UNKNOWN_PARTY"));
        calculate(PICC, caseId, "{\"statisticalYear\":2025,\"liabilityShares\":{\"P1\":50}}")
                .then().statusCode(422)
                .body("errors[0].path", equalTo("/liabilityShares"))
                .body("errors[0].code", equalTo("SHARES_NOT_100"));
    }

    @Test
    void a_case_without_assessments_cannot_be_calculated() {
        String unassessed = exampleCase();

        calculate(PICC, unassessed, GUANGXI_2025).then().statusCode(422)
                .body("errors[0].code", equalTo("NO_ASSESSMENTS"));
    }

    @Test
    void the_calculation_writes_its_event_with_the_canonical_record() throws Exception {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201);

        List<CaseEvent> events = CompensationRows.eventsOf(caseId, "COMPENSATION_CALCULATED");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayloadType()).isEqualTo(CompensationCalculation.getClassSchema().getFullName());
        CompensationCalculation record = CanonicalRecords.<CompensationCalculation>decoder(
                CompensationCalculation.getClassSchema()).decode(events.get(0).getPayload());
        assertThat(record.getCaseId()).isEqualTo(caseId);
        assertThat(record.getVersion()).isEqualTo(1);
        assertThat(record.getAccidentDate()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(record.getTotal()).isEqualByComparingTo("223000.00");
        assertThat(record.getTotalsByPayer()).anySatisfy(total -> {
            assertThat(total.getPayer().getKind()).isEqualTo(CompensationPayerKind.COMMERCIAL_INSURER);
            assertThat(total.getAmount()).isEqualByComparingTo("18900.00");
        });
        assertThat(record.getAssessments()).singleElement()
                .satisfies(used -> assertThat(used.getVictimRef()).isEqualTo("P2"));
    }

    @Test
    void the_police_unit_that_owns_the_case_reads_its_calculations() {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201);

        given().auth().oauth2(POLICE_ZMD).get("/api/v1/cases/{id}/compensation/1", caseId).then().statusCode(200)
                .body("totals.total", equalTo("223000.00"));
    }

    @Test
    void police_of_another_unit_get_404() {
        calculate(PICC, caseId, GUANGXI_2025).then().statusCode(201);

        given().auth().oauth2(POLICE_SQ).get("/api/v1/cases/{id}/compensation", caseId).then().statusCode(404);
        given().auth().oauth2(POLICE_SQ).get("/api/v1/cases/{id}/compensation/1", caseId).then().statusCode(404);
    }

    @Test
    void police_cannot_calculate() {
        calculate(POLICE_ZMD, caseId, GUANGXI_2025).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void an_insurer_without_a_policy_on_the_case_gets_404() {
        calculate(PINGAN, caseId, GUANGXI_2025).then().statusCode(404);
        given().auth().oauth2(PINGAN).get("/api/v1/cases/{id}/compensation", caseId).then().statusCode(404);
    }

    @Test
    void mediators_and_judges_get_404_until_their_journeys_assign_cases() {
        calculate(MEDIATOR, caseId, GUANGXI_2025).then().statusCode(404);
        calculate(JUDGE, caseId, GUANGXI_2025).then().statusCode(404);
    }

    @Test
    void no_token_gets_401() {
        given().contentType("application/json").body(GUANGXI_2025)
                .post("/api/v1/cases/{id}/compensation", caseId).then().statusCode(401);
        given().get("/api/v1/cases/{id}/compensation", caseId).then().statusCode(401);
    }

    @Test
    void an_unknown_version_is_404() {
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/compensation/7", caseId).then().statusCode(404);
        given().auth().oauth2(PICC).get("/api/v1/cases/{id}/compensation/latest", caseId).then().statusCode(404);
    }

    /** The example with P2's assessment, built with the module's own API and the figures of the CSV. */
    static CalculationInput theSameInputForTheModule() {
        ProvinceCode guangxi = ProvinceCode.of("450000");
        RegionalStandards figures = RegionalStandards.of(new RegionalStandard(guangxi, 2025, Map.of(
                StandardItem.URBAN_DISPOSABLE_INCOME, new BigDecimal("41000.00"),
                StandardItem.URBAN_CONSUMPTION, new BigDecimal("26000.00"),
                StandardItem.AVERAGE_EMPLOYEE_WAGE, new BigDecimal("80000.00"),
                StandardItem.HOSPITAL_MEAL_ALLOWANCE, new BigDecimal("100.00"))));
        return CalculationInput.builder(LocalDate.of(2026, 10, 3))
                .standards(figures, guangxi, 2025)
                .vehicle(Vehicle.motor("V1").withCompulsory("PICC")
                        .withCommercialThirdParty("PICC", new BigDecimal("1000000.00")))
                .vehicle(Vehicle.motor("V2").withCompulsory("CPIC"))
                .party(Party.driverOf("P1", "V1", 70))
                .party(Party.driverOf("P2", "V2", 30))
                .victim(LossAssessment.of("P2", VictimRole.driverOf("V2")).age(36).disability(Disability.grade(9))
                        .medicalReceipt("hospital", new BigDecimal("30000.00")).hospitalDays(20)
                        .lostIncome(LostIncome.atDailyIncome(60, new BigDecimal("200.00")))
                        .propertyLoss(new BigDecimal("15000.00")).build())
                .build();
    }
}
