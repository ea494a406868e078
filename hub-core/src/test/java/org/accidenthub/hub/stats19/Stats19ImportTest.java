package org.accidenthub.hub.stats19;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.stats19.Stats19Samples.IMPORT;
import static org.accidenthub.hub.stats19.Stats19Samples.csv;
import static org.accidenthub.hub.stats19.Stats19Samples.post;
import static org.accidenthub.hub.stats19.Stats19Samples.sampleLines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * POST /api/v1/police/stats19: the real sample imports whole, each row is a case of the importing
 * unit, a bad row is rejected alone with its row and column, and a resend changes nothing. Each test
 * imports as a unit of its own, so that the tests do not see each other's cases.
 */
@QuarkusTest
class Stats19ImportTest {

    private static final String SAMPLE_UNIT = "990000000001";
    private static final String SAMPLE_TOKEN = TestTokens.police(SAMPLE_UNIT);

    /** The sample is imported once for the tests that read it (the first one to need it posts it). */
    private static JsonPath sampleImport;

    private static synchronized JsonPath importSampleOnce() {
        if (sampleImport == null) {
            sampleImport = post(SAMPLE_TOKEN, Stats19Samples.sample()).then().statusCode(200)
                    .contentType("application/json").extract().jsonPath();
        }
        return sampleImport;
    }

    @Test
    void all_700_rows_of_the_sample_become_cases_of_the_importing_unit() {
        JsonPath summary = importSampleOnce();

        assertThat(summary.getLong("rows")).isEqualTo(700);
        assertThat(summary.getLong("stored.created")).isEqualTo(700);
        assertThat(summary.getLong("rejected")).isZero();
        assertThat(summary.getBoolean("complete")).isTrue();
        assertThat(summary.getList("problems")).isEmpty();
        assertThat(summary.getList("cases")).hasSize(700);
        assertThat(summary.getLong("cases[0].row")).isEqualTo(2);
        assertThat(Database.count("select count(*) from cases where unit_code = ? and source_system = 'STATS19'",
                SAMPLE_UNIT)).isEqualTo(700);
    }

    @ParameterizedTest(name = "row {0}: {1}")
    @CsvSource({
        // row, index, occurredAt (UTC; GMT in January), longitude, latitude, level, weather, light, surface, road
        // (read from the file by hand: road = first_road_class + first_road_number)
        "2,   2022010352073, 2022-01-05T16:40:00Z, -0.198224, 51.486454, MINOR,   CLEAR, DARK_LIT,   DRY, A3218",
        "14,  2022010352616, 2022-01-01T09:05:00Z, -0.012675, 51.476523, MINOR,        , DAYLIGHT,   DRY, A2211",
        "22,  2022010352641, 2022-01-01T22:45:00Z, -0.026169, 51.681709, SERIOUS, CLEAR, DARK_UNLIT, DRY, M25",
        "319, 2022010354086, 2022-01-11T14:47:00Z, 1.8E-05,   51.539517, MINOR,   CLEAR, DAYLIGHT,   WET, A11",
        "701, 2022010355652, 2022-01-19T18:48:00Z, -0.25601,  51.554753, MINOR,   CLEAR, DARK_LIT,   DRY, B4557"
    })
    void a_stored_row_reads_back_as_the_file_says(long row, String index, String occurredAt, double longitude,
            double latitude, String level, String weather, String light, String surface, String road) {
        importSampleOnce();
        String caseId = caseOf(SAMPLE_TOKEN, index);

        JsonPath found = given().auth().oauth2(SAMPLE_TOKEN).get("/api/v1/cases/{id}", caseId).then()
                .statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE)); // not float: 6 decimals matter
        assertThat(found.getString("unitCode")).isEqualTo(SAMPLE_UNIT);
        assertThat(found.getString("reportNumber")).isEqualTo(index);
        assertThat(found.getString("sourceSystem")).isEqualTo("STATS19");
        assertThat(found.getString("occurredAt")).isEqualTo(occurredAt);
        assertThat(found.getDouble("location.longitude")).isEqualTo(longitude);
        assertThat(found.getDouble("location.latitude")).isEqualTo(latitude);
        assertThat(found.getString("location.road")).isEqualTo(road);
        assertThat(found.getString("level")).isEqualTo(level);
        assertThat(found.getString("environment.weather")).isEqualTo(weather);
        assertThat(found.getString("environment.light")).isEqualTo(light);
        assertThat(found.getString("environment.roadSurface")).isEqualTo(surface);
        assertThat(found.getString("procedure")).isEqualTo("UNKNOWN");
        assertThat(found.getString("state")).isEqualTo("REPORTED");
    }

    @Test
    void the_stored_revision_keeps_the_stats19_force_and_the_connector() {
        importSampleOnce();
        String caseId = caseOf(SAMPLE_TOKEN, "2022010352073");

        given().auth().oauth2(SAMPLE_TOKEN).get("/api/v1/cases/{id}/revisions/1", caseId).then().statusCode(200)
                .body("connector", equalTo("stats19/1.0.0"))
                .body("senderOrgCode", equalTo(SAMPLE_UNIT))
                .body("record.source.system", equalTo("STATS19"))
                .body("record.source.unitCode", equalTo("1"))
                .body("record.source.unitName", equalTo("Metropolitan Police"));
    }

    @Test
    void a_malformed_row_is_rejected_alone_with_its_row_and_column() {
        String token = TestTokens.police("990000000002");
        List<String> lines = new ArrayList<>(sampleLines().subList(0, 11)); // header + rows 2..11
        lines.set(4, withValue(lines.get(0), lines.get(4), "weather_conditions", "42")); // row 5

        JsonPath summary = post(token, csv(lines)).then().statusCode(200).extract().jsonPath();

        assertThat(summary.getLong("rows")).isEqualTo(10);
        assertThat(summary.getLong("stored.created")).isEqualTo(9);
        assertThat(summary.getLong("rejected")).isEqualTo(1);
        assertThat(summary.getList("problems", Map.class)).containsExactly(Map.of(
                "table", "collision", "row", 5, "column", "weather_conditions",
                "collisionIndex", indexOf(lines.get(4)), "code", "UNKNOWN_CODE",
                "message", summary.getString("problems[0].message")));
        assertThat(Database.count("select count(*) from cases where unit_code = ?", "990000000002")).isEqualTo(9);
        assertThat(Database.count("select count(*) from cases where report_number = ? and unit_code = '990000000002'",
                indexOf(lines.get(4)))).isZero();
    }

    @Test
    void a_resent_file_changes_nothing_and_a_changed_row_becomes_a_revision() {
        String token = TestTokens.police("990000000003");
        List<String> lines = new ArrayList<>(sampleLines().subList(0, 6));
        post(token, csv(lines)).then().statusCode(200).body("stored.created", equalTo(5));

        post(token, csv(lines)).then().statusCode(200)
                .body("stored.unchanged", equalTo(5))
                .body("stored.created", equalTo(0))
                .body("cases.outcome", equalTo(List.of("UNCHANGED", "UNCHANGED", "UNCHANGED", "UNCHANGED",
                        "UNCHANGED")));

        lines.set(2, withValue(lines.get(0), lines.get(2), "weather_conditions", "2"));
        post(token, csv(lines)).then().statusCode(200)
                .body("stored.revised", equalTo(1))
                .body("stored.unchanged", equalTo(4))
                .body("cases[1].revision", equalTo(2));
        assertThat(Database.count("select count(*) from cases where unit_code = ?", "990000000003")).isEqualTo(5);
    }

    @Test
    void collisions_with_vehicle_and_casualty_files_are_joined() {
        String token = TestTokens.police("990000000004");
        List<String> lines = sampleLines();
        byte[] collisions = csv(List.of(lines.get(0), lines.get(1), lines.get(21), lines.get(240)));

        given().auth().oauth2(token)
                .multiPart("collisions", "collisions.csv", collisions, "text/csv")
                .multiPart("vehicles", "vehicles.csv", Stats19Samples.vehicles(), "text/csv")
                .multiPart("casualties", "casualties.csv", Stats19Samples.casualties(), "text/csv")
                .post(IMPORT)
                .then().statusCode(200)
                .body("rows", equalTo(3))
                .body("stored.created", equalTo(3))
                .body("unmatched", equalTo(0));

        String caseId = caseOf(token, "2022010352641");
        given().auth().oauth2(token).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body("vehicles", hasSize(3))
                .body("parties", hasSize(3))
                .body("parties.injury", hasItem("FATAL"));
    }

    @Test
    void a_multipart_request_without_the_collision_part_is_refused_with_400() {
        given().auth().oauth2(TestTokens.police("990000000005"))
                .multiPart("vehicles", "vehicles.csv", Stats19Samples.vehicles(), "text/csv")
                .post(IMPORT)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].path", equalTo("/parts/collisions"));
    }

    @Test
    void a_file_without_an_index_column_is_refused_whole_with_422_and_stores_nothing() {
        String token = TestTokens.police("990000000006");
        List<String> lines = new ArrayList<>(sampleLines().subList(0, 4));
        lines.set(0, lines.get(0).replace("accident_index", "index_of_accident"));

        post(token, csv(lines)).then().statusCode(422).contentType("application/problem+json")
                .body("errors.code", hasItem("MISSING_COLUMN"));
        assertThat(Database.count("select count(*) from cases where unit_code = ?", "990000000006")).isZero();
    }

    @Test
    void an_empty_body_is_refused_with_422() {
        post(TestTokens.police("990000000006"), new byte[0]).then().statusCode(422)
                .body("errors[0].code", equalTo("EMPTY_FILE"));
    }

    @Test
    void another_unit_cannot_read_the_imported_cases() {
        importSampleOnce();
        String caseId = caseOf(SAMPLE_TOKEN, "2022010352073");
        String other = TestTokens.police("990000000007");

        given().auth().oauth2(other).get("/api/v1/cases/{id}", caseId).then().statusCode(404);
        given().auth().oauth2(other).queryParam("reportNumber", "2022010352073").get("/api/v1/cases").then()
                .statusCode(200).body("total", equalTo(0));
    }

    @Test
    void an_import_without_a_token_is_refused_with_401() {
        given().contentType("text/csv").body(csv(sampleLines().subList(0, 2))).post(IMPORT).then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_insurer_may_not_import() {
        post(TestTokens.insurer("PICC"), csv(sampleLines().subList(0, 2))).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void the_police_role_of_a_non_police_organisation_may_not_import() {
        String token = TestTokens.token("odd", Set.of("police"), "INSURER", "PICC", "hub-cli");
        post(token, csv(sampleLines().subList(0, 2))).then().statusCode(403);
    }

    @Test
    void a_body_of_another_media_type_is_refused_with_415() {
        given().auth().oauth2(TestTokens.police("990000000008")).contentType("application/json").body("{}")
                .post(IMPORT).then().statusCode(415).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.police("990000000008")).contentType("application/xml")
                .body("<collisions/>").post(IMPORT).then().statusCode(415);
    }

    private static String caseOf(String token, String reportNumber) {
        return given().auth().oauth2(token).queryParam("reportNumber", reportNumber).get("/api/v1/cases").then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].caseId");
    }

    private static String indexOf(String line) {
        return line.substring(0, line.indexOf(','));
    }

    /** The line with one column's value replaced (the sample has no quoted values). */
    private static String withValue(String header, String line, String column, String value) {
        List<String> names = List.of(header.split(","));
        String[] values = line.split(",", -1);
        values[names.indexOf(column)] = value;
        return String.join(",", values);
    }
}
