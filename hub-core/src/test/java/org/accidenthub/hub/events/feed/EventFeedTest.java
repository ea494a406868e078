package org.accidenthub.hub.events.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.accidenthub.hub.events.Eventually;
import org.accidenthub.hub.testsupport.PoliceFiles;
import org.accidenthub.hub.testsupport.PoliceUploads;
import org.accidenthub.hub.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventFeedTest {

    private static final String ZMD = PoliceUploads.ZMD;
    private static final String SQ = TestTokens.police(TestTokens.SQ_UNIT);
    private static final String PICC = TestTokens.insurer("PICC");
    private static final String PINGAN = TestTokens.insurer("PINGAN");

    private String zmdStart;
    private String sqStart;

    @BeforeEach
    void startAfterEverythingSoFar() {
        zmdStart = FeedReader.end(ZMD);
        sqStart = FeedReader.end(SQ);
    }

    @Test
    void a_unit_reads_the_events_of_its_cases_in_sequence_order_with_the_record_as_json() {
        ObjectNode file = PoliceFiles.example();
        file.remove("finding");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(file));
        file.put("narrative", "修订后的事故经过。");
        PoliceUploads.upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(200);

        List<Map<String, Object>> items = accidentEvents(Eventually.value(Duration.ofSeconds(30), "two events",
                () -> FeedReader.itemsAfter(ZMD, zmdStart, 100), found -> accidentEvents(found).size() >= 2));

        assertThat(items).extracting(item -> item.get("caseId")).containsOnly(caseId);
        assertThat(items).extracting(item -> item.get("sequence")).containsExactly(1, 2);
        assertThat(items).extracting(item -> item.get("eventType")).containsExactly("ACCIDENT_RECEIVED",
                "ACCIDENT_REVISED");
        Map<?, ?> payload = (Map<?, ?>) items.get(1).get("payload");
        assertThat(items.get(1).get("payloadType")).isEqualTo("org.accidenthub.schemas.v1.AccidentRecord");
        assertThat(payload.get("narrative")).isEqualTo("修订后的事故经过。");
        assertThat(items.get(0)).containsKeys("eventId", "occurredAt", "cursor");
    }

    @Test
    void events_of_another_units_cases_never_appear() {
        String zmdCase = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        String sqCase = PoliceUploads.upload(SQ, PoliceFiles.bytes(PoliceFiles.ofUnit(TestTokens.SQ_UNIT))).then()
                .statusCode(201).extract().path("caseId");

        List<Map<String, Object>> zmd = Eventually.value(Duration.ofSeconds(30), "zmd event",
                () -> FeedReader.itemsAfter(ZMD, zmdStart, 100), found -> !found.isEmpty());
        List<Map<String, Object>> sq = Eventually.value(Duration.ofSeconds(30), "sq event",
                () -> FeedReader.itemsAfter(SQ, sqStart, 100), found -> !found.isEmpty());

        assertThat(zmd).extracting(item -> item.get("caseId")).containsOnly(zmdCase);
        assertThat(sq).extracting(item -> item.get("caseId")).containsOnly(sqCase);
    }

    @Test
    void an_insurer_reads_the_cases_its_policies_cover_and_only_its_own_claim_messages() {
        String picc = FeedReader.end(PICC);
        String pingan = FeedReader.end(PINGAN);
        // the example: PICC policies on V1, CPIC on V2, a liability finding (claims open for the insurers)
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        List<Map<String, Object>> items = Eventually.value(Duration.ofSeconds(30), "picc event",
                () -> FeedReader.itemsAfter(PICC, picc, 100), found -> !found.isEmpty());

        assertThat(items).extracting(item -> item.get("caseId")).containsOnly(caseId);
        assertThat(items).extracting(item -> ((Map<?, ?>) item.get("payload")).get("insurerCode"))
                .allMatch(code -> code == null || code.equals("PICC"));
        assertThat(FeedReader.itemsAfter(PINGAN, pingan, 100)).isEmpty();
    }

    @Test
    void pages_follow_each_other_without_gaps_or_repeats() {
        ObjectNode file = PoliceFiles.example();
        file.remove("finding");
        PoliceUploads.caseOf(PoliceFiles.bytes(file));
        for (int revision = 2; revision <= 5; revision++) {
            file.put("narrative", "第" + revision + "次修订。");
            PoliceUploads.upload(ZMD, PoliceFiles.bytes(file)).then().statusCode(200);
        }

        List<Map<String, Object>> onePage = Eventually.value(Duration.ofSeconds(30), "five events",
                () -> FeedReader.itemsAfter(ZMD, zmdStart, 500), found -> found.size() >= 5);
        List<Map<String, Object>> pagesOfTwo = FeedReader.itemsAfter(ZMD, zmdStart, 2);

        assertThat(pagesOfTwo).extracting(item -> item.get("eventId"))
                .containsExactlyElementsOf(onePage.stream().map(item -> item.get("eventId")).toList());
    }

    @Test
    void a_long_poll_answers_as_soon_as_an_event_arrives() {
        CompletableFuture<List<Map<String, Object>>> polling = CompletableFuture.supplyAsync(() -> given()
                .auth().oauth2(ZMD).queryParam("after", zmdStart).queryParam("wait", 30)
                .get("/api/v1/events").then().statusCode(200).extract().jsonPath().getList("items"));
        Eventually.sleep(Duration.ofMillis(700));
        long sent = System.nanoTime();
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));

        List<Map<String, Object>> items = polling.join();

        // well before the 30 s wait (the longest the hub allows) ends, with room for a slow upload on a loaded machine
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(25));
        assertThat(items).extracting(item -> item.get("caseId")).contains(caseId);
    }

    @Test
    void an_empty_long_poll_waits_and_keeps_the_cursor() {
        long started = System.nanoTime();

        given().auth().oauth2(ZMD).queryParam("after", zmdStart).queryParam("wait", 1).get("/api/v1/events")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("next", equalTo(zmdStart));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void malformed_parameters_are_all_reported_at_once() {
        given().auth().oauth2(ZMD).queryParam("after", "nonsense").queryParam("limit", "x").queryParam("wait", "-1")
                .get("/api/v1/events").then().statusCode(400).contentType("application/problem+json")
                .body("errors.path", hasItems("/query/after", "/query/limit", "/query/wait"))
                .body("errors.code", hasItems("INVALID_CURSOR", "NOT_AN_INTEGER", "OUT_OF_RANGE"));
    }

    @Test
    void a_limit_above_500_is_capped() {
        assertThat(FeedReader.page(ZMD, null, 100_000).getList("items").size()).isLessThanOrEqualTo(500);
    }

    @Test
    void without_a_token_the_feed_answers_401() {
        given().get("/api/v1/events").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void the_operator_reads_no_events() {
        String admin = TestTokens.token("admin", Set.of("admin"), "OPERATOR", "HUB", "hub-cli");

        given().auth().oauth2(admin).get("/api/v1/events").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void a_mediator_sees_the_events_of_a_case_only_once_it_is_assigned_to_its_organisation() {
        String mediator = TestTokens.token("mediator", Set.of("mediator"), "MEDIATION", "ZMD-MED-01", "hub-cli");
        String caseId = PoliceUploads.caseOf(PoliceFiles.bytes(PoliceFiles.example()));
        String end = FeedReader.end(mediator);

        assertThat(FeedReader.itemsAfter(mediator, null, 500)).noneMatch(item -> caseId.equals(item.get("caseId")));
        given().auth().oauth2(PoliceUploads.ZMD).contentType("application/json")
                .body("{\"organisationCode\":\"ZMD-MED-01\"}").post("/api/v1/cases/{id}/mediations", caseId)
                .then().statusCode(201);
        // settled events only: the feed shows a commit once no older transaction is running
        Eventually.until(Duration.ofSeconds(30), "the assignment in the mediator's feed",
                () -> FeedReader.itemsAfter(mediator, end, 500).stream().anyMatch(item -> caseId.equals(
                        item.get("caseId")) && "MEDIATION_ASSIGNED".equals(item.get("eventType"))));
    }

    private static List<Map<String, Object>> accidentEvents(List<Map<String, Object>> items) {
        return items.stream().filter(item -> item.get("eventType").toString().startsWith("ACCIDENT_")).toList();
    }
}
