package org.accidenthub.hub.compensation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.compensation.CompensationFixtures.ADMIN;
import static org.accidenthub.hub.compensation.CompensationFixtures.PARTY;
import static org.accidenthub.hub.compensation.CompensationFixtures.PICC;
import static org.accidenthub.hub.compensation.CompensationFixtures.POLICE_ZMD;
import static org.accidenthub.hub.compensation.CompensationFixtures.STANDARDS;
import static org.accidenthub.hub.compensation.CompensationFixtures.fixture;
import static org.accidenthub.hub.compensation.CompensationFixtures.loadStandards;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RegionalStandardsTest {

    /** Province-years only these tests write: 650000 (Xinjiang) and 460000 (Hainan). */
    static final String XINJIANG = "650000";

    @Test
    void the_operator_loads_a_csv_file_and_every_role_reads_the_same_figures() {
        loadStandards(ADMIN, fixture("standards-450000-2025.csv")).then().statusCode(200)
                .body("figures", equalTo(4))
                .body("provinceYears.province", contains("450000"));

        for (String reader : new String[] { POLICE_ZMD, PICC, PARTY, ADMIN }) {
            given().auth().oauth2(reader).get(STANDARDS + "/450000/2025").then().statusCode(200)
                    .body("province", equalTo("450000"))
                    .body("statisticalYear", equalTo(2025))
                    .body("items.URBAN_DISPOSABLE_INCOME_PER_CAPITA", equalTo("41000.00"))
                    .body("items.HOSPITAL_MEAL_ALLOWANCE_PER_DAY", equalTo("100.00"));
        }
    }

    @Test
    void every_bad_line_of_a_file_is_reported_with_its_line_number_and_nothing_is_loaded() {
        loadStandards(ADMIN, fixture("standards-bad-lines.csv")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.path", contains("line 3", "line 4", "line 6", "line 7"))
                .body("errors.code", contains("PROVINCE_INVALID", "YEAR_INVALID", "ITEM_INVALID", "AMOUNT_INVALID"));

        assertThat(Database.count("select count(*) from regional_standards where province = ?", "460000")).isZero();
    }

    @Test
    void reloading_the_same_file_writes_nothing() {
        String csv = "650000,2023,AVERAGE_EMPLOYEE_WAGE,90000.00\n";
        loadStandards(ADMIN, csv).then().statusCode(200);

        loadStandards(ADMIN, csv).then().statusCode(200)
                .body("added", equalTo(0)).body("replaced", equalTo(0)).body("unchanged", equalTo(1));
        assertThat(Database.count("select count(*) from regional_standards where province = ? and statistical_year = 2023",
                XINJIANG)).isEqualTo(1);
    }

    @Test
    void a_put_replaces_every_figure_of_the_province_year_and_keeps_the_replaced_ones_as_history() {
        put(XINJIANG, 2024, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"90000.00\",\"URBAN_CONSUMPTION_PER_CAPITA\":\"25000.00\"}}")
                .then().statusCode(200);

        put(XINJIANG, 2024, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"91000.00\"}}").then().statusCode(200)
                .body("items.AVERAGE_EMPLOYEE_WAGE", equalTo("91000.00"))
                .body("items.URBAN_CONSUMPTION_PER_CAPITA", nullValue());
        assertThat(Database.count("select count(*) from regional_standards where province = ?"
                + " and statistical_year = 2024 and retired_at is not null", XINJIANG)).isEqualTo(2);
    }

    @Test
    void a_put_lists_every_bad_item_with_its_pointer() {
        put(XINJIANG, 2022, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"90000\",\"bad item\":\"1.00\"}}").then()
                .statusCode(422)
                .body("errors.path", hasItem("/items/AVERAGE_EMPLOYEE_WAGE"))
                .body("errors.path", hasItem("/items/bad item"))
                .body("errors", hasSize(2));
    }

    @Test
    void the_list_filters_by_province_and_year_and_pages() {
        put(XINJIANG, 2021, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"88000.00\"}}").then().statusCode(200);

        given().auth().oauth2(PICC).queryParam("province", "65").queryParam("year", "2021")
                .get(STANDARDS).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].items.AVERAGE_EMPLOYEE_WAGE", equalTo("88000.00"))
                .body("page", equalTo(0)).body("size", equalTo(20)).body("total", equalTo(1));
    }

    @Test
    void the_illustrative_henan_figures_are_there_for_the_demo() {
        given().auth().oauth2(PICC).get(STANDARDS + "/410000/2025").then().statusCode(200)
                .body("items.URBAN_DISPOSABLE_INCOME_PER_CAPITA", equalTo("41000.00"))
                .body("items.TRADE_AVERAGE_WAGE_CONSTRUCTION", equalTo("73000.00"));
    }

    @Test
    void police_cannot_write_standards() {
        put(XINJIANG, 2020, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"1.00\"}}", POLICE_ZMD).then().statusCode(403)
                .contentType("application/problem+json");
        loadStandards(POLICE_ZMD, "650000,2020,AVERAGE_EMPLOYEE_WAGE,1.00\n").then().statusCode(403);
    }

    @Test
    void the_admin_role_outside_the_operator_cannot_write_standards() {
        String insurerAdmin = TestTokens.token("picc-admin", Set.of("admin"), "INSURER", "PICC", "hub-cli");

        put(XINJIANG, 2020, "{\"items\":{\"AVERAGE_EMPLOYEE_WAGE\":\"1.00\"}}", insurerAdmin).then().statusCode(403);
    }

    @Test
    void no_token_gets_401() {
        given().get(STANDARDS).then().statusCode(401).contentType("application/problem+json");
        given().contentType("text/csv").body("x").post(STANDARDS + "/files").then().statusCode(401);
    }

    @Test
    void a_malformed_province_or_year_is_400() {
        given().auth().oauth2(PICC).get(STANDARDS + "/4100/2025").then().statusCode(400)
                .body("errors.path", contains("/path/province"));
        given().auth().oauth2(PICC).queryParam("year", "25").get(STANDARDS).then().statusCode(400)
                .body("errors.path", contains("/query/year"));
    }

    @Test
    void figures_not_loaded_are_404() {
        given().auth().oauth2(PICC).get(STANDARDS + "/540000/1999").then().statusCode(404);
    }

    @Test
    void the_compulsory_limits_are_the_2008_and_2020_sets() {
        given().auth().oauth2(PARTY).get("/api/v1/compulsory-insurance-limits").then().statusCode(200)
                .body("items.effectiveFrom", contains("2008-02-01", "2020-09-19"))
                .body("items[1].atFault.deathDisability", equalTo("180000.00"))
                .body("items[1].atFault.medical", equalTo("18000.00"))
                .body("items[1].noFault.property", equalTo("100.00"))
                .body("items[0].atFault.deathDisability", equalTo("110000.00"));
    }

    private static io.restassured.response.Response put(String province, int year, String body) {
        return put(province, year, body, ADMIN);
    }

    private static io.restassured.response.Response put(String province, int year, String body, String token) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put(STANDARDS + "/{province}/{year}", province, year);
    }
}
