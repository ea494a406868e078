package org.accidenthub.hub.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 acceptance: "a database dump contains no plaintext ID number or phone number". Personal data
 * goes through every write path the hub has (upload with an attachment, a revision, claims, an
 * assessment and a calculation, events relayed and dispatched to a webhook), then every row of every
 * table is read back as text, with each bytea column also decoded as UTF-8, and searched for the parties'
 * ID numbers and phone numbers.
 */
@QuarkusTest
class PrivacyAtRestTest {

    /** The parties of the police format's example (fixtures/police-accident-file-v1.json). */
    static final List<String> ID_NUMBERS = List.of("411702198503141230", "411724199007224566");
    static final List<String> PHONES = List.of("13803960001", "13903960002");

    static final String PICC = TestTokens.insurer("PICC");
    static final String ADMIN = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");

    @Test
    void no_column_of_any_table_holds_an_id_number_or_phone_in_plaintext() throws Exception {
        caseWithEveryKindOfRow();

        List<String> found = plaintextFound();

        assertThat(found).as("columns holding a party's ID number or phone in plaintext").isEmpty();
    }

    @Test
    void the_scan_finds_plaintext_where_it_is_stored() throws Exception {
        // the scan itself must be able to fail: a table holding a phone number in clear is reported
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create table privacy_scan_probe (note text, blob bytea)");
            try {
                statement.execute("insert into privacy_scan_probe values ('call 13803960001', null),"
                        + " (null, convert_to('id 411724199007224566', 'UTF8'))");
                assertThat(plaintextFound()).contains("privacy_scan_probe.note: 13803960001",
                        "privacy_scan_probe.blob: 411724199007224566");
            } finally {
                statement.execute("drop table privacy_scan_probe");
            }
        }
    }

    /** A case that went through every write path: every table that can hold personal data has rows. */
    private static String caseWithEveryKindOfRow() throws IOException {
        try (ServerSocket closed = new ServerSocket(0)) {
            // a webhook whose endpoint refuses: deliveries are attempted and their errors recorded
            String url = "http://127.0.0.1:" + closed.getLocalPort() + "/hook";
            closed.close();
            given().auth().oauth2(PICC).contentType("application/json")
                    .body(Map.of("url", url, "eventTypes", List.of("ACCIDENT_RECEIVED", "CLAIM_OPENED")))
                    .post("/api/v1/webhooks/subscriptions").then().statusCode(201);
        }
        ObjectNode file = PoliceFiles.example();
        // the scanned liability finding carries the parties' ID numbers, as a real one does
        byte[] finding = ("%PDF-1.4 认定书 " + file.get("reportNumber").asText() + " 张伟 " + ID_NUMBERS.get(0)
                + " 李娜 " + ID_NUMBERS.get(1)).getBytes(StandardCharsets.UTF_8);
        file.putArray("attachments").addObject().put("name", "finding.pdf").put("mediaType", "application/pdf")
                .put("sha256", Sha256.hex(finding)).put("size", finding.length);
        String caseId = given().auth().oauth2(PoliceUploads.ZMD)
                .multiPart("file", "file.json", PoliceFiles.bytes(file), "application/json")
                .multiPart("attachment", "finding.pdf", finding, "application/pdf")
                .post(PoliceUploads.FILES).then().statusCode(201).extract().path("caseId");
        file.put("narrative", file.get("narrative").asText() + " (revised)");
        PoliceUploads.upload(PoliceUploads.ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        given().auth().oauth2(ADMIN).contentType("text/csv")
                .body(fixture("standards-450000-2025.csv").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/regional-standards/files").then().statusCode(200);
        given().auth().oauth2(PICC).contentType("application/json").body(fixture("assessment-p2-injured-driver.json"))
                .put("/api/v1/cases/{caseId}/assessments/{victimRef}", caseId, "P2").then().statusCode(201);
        given().auth().oauth2(PICC).contentType("application/json")
                .body("{\"province\":\"450000\",\"statisticalYear\":2025}")
                .post("/api/v1/cases/{caseId}/compensation", caseId).then().statusCode(201);
        // a party's token carries its ID number as the organisation code (the realm's party users): the
        // party finds its case through the keyed hash, and the audit trail must not keep the number
        given().auth().oauth2(TestTokens.token("party-" + ID_NUMBERS.get(1), Set.of("party"), "PARTY",
                ID_NUMBERS.get(1), "hub-cli")).get("/api/v1/cases/{id}", caseId).then().statusCode(200);

        Eventually.until(Duration.ofSeconds(30), "the case's events published and a webhook delivery attempted",
                () -> Database.count("select count(*) from outbox_events where aggregateid = ?"
                        + " and published_at is null", caseId) == 0
                        && Database.count("select count(*) from webhook_deliveries where case_id = cast(? as uuid)"
                                + " and last_attempt_at is not null", caseId) > 0);
        return caseId;
    }

    /** "table.column: value" for every column of every row of every table that holds a known value in clear. */
    static List<String> plaintextFound() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = Database.connect()) {
            for (String table : tables(connection)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String text = asText(rows, i, columns.getColumnTypeName(i));
                            for (String known : known()) {
                                String hit = table + "." + columns.getColumnName(i) + ": " + known;
                                String knownHex = HexFormat.of().formatHex(known.getBytes(StandardCharsets.UTF_8));
                                if (text != null && (text.contains(known) || text.contains(knownHex))
                                        && !found.contains(hit)) {
                                    found.add(hit);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> known() {
        List<String> known = new ArrayList<>(ID_NUMBERS);
        known.addAll(PHONES);
        return known;
    }

    /** Every base table of the hub's schema (views only show what tables hold). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' order by table_name")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("case_parties", "inbound_records", "outbox_events", "attachment_contents");
        return tables;
    }

    /** The column as text; bytea both decoded as UTF-8 and as hex (where the known values are sought as hex too). */
    private static String asText(ResultSet rows, int column, String type) throws SQLException {
        if (!"bytea".equals(type)) {
            return rows.getString(column);
        }
        byte[] bytes = rows.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8) + " " + HexFormat.of().formatHex(bytes);
    }

    private static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                PrivacyAtRestTest.class.getResourceAsStream("/fixtures/compensation/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
