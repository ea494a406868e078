package org.accidenthub.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.Sealed;
import org.junit.jupiter.api.Test;

/**
 * Key rotation: the test profile seals with test2 and still holds test1. A value an older hub sealed with
 * test1 stays readable; re-sealing moves it to test2. Values stored in clear before encryption existed are
 * sealed, and their lookup hashes filled, by the same job.
 */
@QuarkusTest
class PrivacyResealingTest {

    static final String P1 = "parties.find { it.ref == 'P1' }";

    @Inject
    Resealing resealing;

    @Test
    void a_value_sealed_with_the_previous_key_is_read_and_then_moved_to_the_active_key() throws Exception {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        FieldCipher previous = Sealed.cipherWithActiveKey("test1");
        byte[] raw = Sealed.open(inbound(caseId, "raw_content"));
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            execute(connection, "select set_config('hub.privacy_resealing', 'on', true)");
            update(connection, "update case_parties set id_number = ? where case_id = ? and ref = 'P1'",
                    previous.sealText("411702198503141230"), caseId);
            update(connection, "update inbound_records set raw_content = ? where case_id = ?", previous.seal(raw), caseId);
            connection.commit();
        }
        assertThat(partyColumn(caseId, "id_number")).startsWith(0x00, 0xAE, 0x01, 5, 't', 'e', 's', 't', '1');

        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body(P1 + ".idNumber", equalTo("411702198503141230"));

        var moved = resealing.run();
        assertThat(moved.get("case_parties.id_number")).isPositive();
        assertThat(moved.get("inbound_records.raw_content")).isPositive();

        assertThat(partyColumn(caseId, "id_number")).startsWith(0x00, 0xAE, 0x01, 5, 't', 'e', 's', 't', '2');
        assertThat(inbound(caseId, "raw_content")).startsWith(0x00, 0xAE, 0x01, 5, 't', 'e', 's', 't', '2');
        assertThat(Sealed.open(inbound(caseId, "raw_content"))).isEqualTo(raw);
        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body(P1 + ".idNumber", equalTo("411702198503141230"));
        assertThat(resealing.run().values()).as("nothing left to move").containsOnly(0);
    }

    @Test
    void values_stored_in_clear_before_encryption_are_sealed_and_become_searchable() throws Exception {
        var file = PoliceFiles.example();
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.withArray("parties").get(0)).put("phone", "13611112222");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));
        try (Connection connection = Database.connect()) {
            // what V60 leaves of a party written before it: the UTF-8 bytes, no lookup hash
            update(connection, "update case_parties set phone = convert_to('13611112222', 'UTF8'), phone_lookup = null"
                    + " where case_id = ? and ref = 'P1'", null, caseId);
        }
        given().auth().oauth2(PoliceUploads.ZMD).queryParam("phone", "13611112222").get("/api/v1/cases").then()
                .statusCode(200).body("total", equalTo(0));

        resealing.run();

        assertThat(new String(partyColumn(caseId, "phone"), StandardCharsets.ISO_8859_1)).doesNotContain("13611112222");
        given().auth().oauth2(PoliceUploads.ZMD).queryParam("phone", "13611112222").get("/api/v1/cases").then()
                .statusCode(200).body("items.caseId", contains(caseId));
        given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(200)
                .body(P1 + ".phone", equalTo("13611112222"));
    }

    @Test
    void inbound_records_stay_immutable_apart_from_their_sealed_columns_during_re_sealing() throws Exception {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        try (Connection connection = Database.connect()) {
            connection.setAutoCommit(false);
            execute(connection, "select set_config('hub.privacy_resealing', 'on', true)");
            assertThatThrownBy(() -> update(connection, "update inbound_records set sender_org_code = 'X',"
                    + " raw_content = raw_content where case_id = ?", null, caseId))
                    .hasMessageContaining("inbound records are immutable");
            connection.rollback();
        }
        try (Connection connection = Database.connect()) {
            assertThatThrownBy(() -> update(connection, "update inbound_records set raw_content = ? where case_id = ?",
                    Sealed.cipher().seal(new byte[] { 1 }), caseId))
                    .as("without the re-sealing setting").hasMessageContaining("inbound records are immutable");
        }
    }

    @Test
    void a_changed_sealed_value_fails_the_read_loudly_instead_of_answering_garbage() throws Exception {
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        byte[] changed = partyColumn(caseId, "phone");
        changed[changed.length - 1] ^= 0x01;
        try (Connection connection = Database.connect()) {
            update(connection, "update case_parties set phone = ? where case_id = ? and ref = 'P1'", changed, caseId);
        }
        try {
            given().auth().oauth2(PoliceUploads.ZMD).get("/api/v1/cases/{id}", caseId).then().statusCode(500)
                    .body("type", equalTo("urn:accident-hub:problem:internal-error"));
        } finally {
            try (Connection connection = Database.connect()) {
                // leave no unreadable row behind for other tests that read every case
                update(connection, "delete from case_parties where case_id = ? and ref = 'P1'", null, caseId);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void update(Connection connection, String sql, byte[] value, String caseId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int parameter = 1;
            if (value != null) {
                statement.setBytes(parameter++, value);
            }
            statement.setObject(parameter, UUID.fromString(caseId));
            statement.executeUpdate();
        }
    }

    private static byte[] partyColumn(String caseId, String column) throws SQLException {
        return bytes("select " + column + " from case_parties where case_id = ? and ref = 'P1'", caseId);
    }

    private static byte[] inbound(String caseId, String column) throws SQLException {
        return bytes("select " + column + " from inbound_records where case_id = ?", caseId);
    }

    private static byte[] bytes(String sql, String caseId) throws SQLException {
        try (Connection connection = Database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(caseId));
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getBytes(1);
            }
        }
    }
}
