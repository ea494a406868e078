package org.accidenthub.hub.events.schemas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.accidenthub.schemas.CanonicalSchemas;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.CaseEvent;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaResourceTest {

    private static final String TOKEN = PoliceUploads.ZMD;

    @Test
    void the_list_names_every_current_schema_with_its_fingerprint() {
        List<Map<String, Object>> items = given().auth().oauth2(TOKEN).get("/api/v1/schemas").then().statusCode(200)
                .extract().jsonPath().getList("items");

        for (Schema schema : CanonicalSchemas.current()) {
            assertThat(items).anySatisfy(item -> {
                assertThat(item.get("fullName")).isEqualTo(schema.getFullName());
                assertThat(item.get("fingerprint")).isEqualTo(CanonicalSchemas.hexFingerprint(schema));
                assertThat(item.get("current")).isEqualTo(true);
            });
        }
        assertThat(items).extracting(item -> item.get("version")).allMatch(version -> (Integer) version >= 1);
    }

    @Test
    void a_schema_is_read_by_its_fingerprint_as_avro_json() {
        String fingerprint = CanonicalSchemas.hexFingerprint(AccidentRecord.getClassSchema());

        String body = given().auth().oauth2(TOKEN).get("/api/v1/schemas/" + fingerprint).then().statusCode(200)
                .contentType("application/json").extract().asString();

        assertThat(CanonicalSchemas.fingerprint(new Schema.Parser().parse(body)))
                .isEqualTo(CanonicalSchemas.fingerprint(AccidentRecord.getClassSchema()));
    }

    @Test
    void the_envelope_schema_is_there_too() {
        given().auth().oauth2(TestTokens.insurer("PICC"))
                .get("/api/v1/schemas/" + CanonicalSchemas.hexFingerprint(CaseEvent.getClassSchema()))
                .then().statusCode(200).body("name", equalTo("CaseEvent"));
    }

    @Test
    void an_unknown_fingerprint_answers_404() {
        given().auth().oauth2(TOKEN).get("/api/v1/schemas/0123456789abcdef").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void a_malformed_fingerprint_answers_400() {
        given().auth().oauth2(TOKEN).get("/api/v1/schemas/xyz").then().statusCode(400)
                .contentType("application/problem+json").body("errors.code", hasItem("INVALID_FINGERPRINT"));
    }

    @Test
    void without_a_token_schemas_answer_401() {
        given().get("/api/v1/schemas").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_token_without_a_hub_role_answers_403() {
        String stranger = TestTokens.token("someone", Set.of("offline_access"), "POLICE", TestTokens.ZMD_UNIT, "x");

        given().auth().oauth2(stranger).get("/api/v1/schemas").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
