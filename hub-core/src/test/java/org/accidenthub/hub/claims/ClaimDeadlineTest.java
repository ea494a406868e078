package org.accidenthub.hub.claims;

import static org.accidenthub.hub.claims.ClaimsApi.PICC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.hub.testsupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Insurance Law deadlines (arts. 23 and 25) against the test clock; breaches recorded and listed. */
@QuarkusTest
class ClaimDeadlineTest {

    static final String DECISION = "deadlines.find { it.kind == 'DECISION' }";
    static final String PAYMENT = "deadlines.find { it.kind == 'PAYMENT' }";
    static final String FIXABLE_PART = "deadlines.find { it.kind == 'FIXABLE_PART' }";

    @Inject
    SettableClock clock;

    @Inject
    BreachScan scan;

    String caseId;
    String claimId;

    @BeforeEach
    void openTheExample() {
        caseId = ClaimsApi.exampleCase();
        claimId = ClaimsApi.claimOf(caseId, PICC);
    }

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void a_claim_undecided_after_30_days_is_listed_as_overdue_with_its_decision_breach_recorded() {
        clock.advance(Duration.ofDays(31));

        overdueClaims(true).then().statusCode(200).body("items.claimId", hasItem(claimId))
                .body("items.find { it.claimId == '" + claimId + "' }.overdue", equalTo(true));
        assertThat(breaches()).containsExactly("DECISION");
        ClaimsApi.read(PICC, claimId).then().statusCode(200)
                .body("overdue", equalTo(true))
                .body(DECISION + ".status", equalTo("BREACHED"))
                .body(DECISION + ".breached", equalTo(true))
                .body(DECISION + ".breachRecordedAt", notNullValue())
                .body(FIXABLE_PART + ".status", equalTo("PENDING"));
    }

    @Test
    void a_claim_within_its_deadlines_is_not_overdue() {
        clock.advance(Duration.ofDays(29));

        overdueClaims(true).then().statusCode(200).body("items.claimId", not(hasItem(claimId)));
        overdueClaims(false).then().statusCode(200).body("items.claimId", hasItem(claimId));
        assertThat(breaches()).isEmpty();
    }

    @Test
    void a_late_answer_meets_the_decision_deadline_late_and_the_breach_stays_on_record() {
        clock.advance(Duration.ofDays(31));
        ClaimsApi.admit(claimId).then().statusCode(200);

        assertThat(breaches()).containsExactly("DECISION");
        overdueClaims(true).then().statusCode(200).body("items.claimId", not(hasItem(claimId)));
        ClaimsApi.read(PICC, claimId).then()
                .body(DECISION + ".status", equalTo("MET_LATE"))
                .body(DECISION + ".breached", equalTo(true))
                .body(DECISION + ".breachRecordedAt", notNullValue());
    }

    @Test
    void an_agreed_amount_unpaid_after_10_days_breaches_the_payment_deadline() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        ClaimsApi.offer(claimId, 1, "5000.00").then().statusCode(201);
        clock.advance(Duration.ofDays(11));

        overdueClaims(true).then().statusCode(200).body("items.claimId", hasItem(claimId));
        assertThat(breaches()).containsExactly("PAYMENT");
        ClaimsApi.read(PICC, claimId).then().body(PAYMENT + ".status", equalTo("BREACHED"));
    }

    @Test
    void after_60_days_without_any_payment_the_fixable_part_deadline_is_breached_too() {
        ClaimsApi.admit(claimId).then().statusCode(200);
        clock.advance(Duration.ofDays(61));

        overdueClaims(true).then().statusCode(200).body("items.claimId", hasItem(claimId));
        assertThat(breaches()).containsExactly("FIXABLE_PART");
        ClaimsApi.read(PICC, claimId).then()
                .body(DECISION + ".status", equalTo("MET"))
                .body(FIXABLE_PART + ".status", equalTo("BREACHED"));
    }

    @Test
    void a_denied_claim_owes_no_fixable_part() {
        ClaimsApi.deny(claimId, "no cover at the time of the accident").then().statusCode(200);
        clock.advance(Duration.ofDays(61));

        overdueClaims(true).then().statusCode(200).body("items.claimId", not(hasItem(claimId)));
        ClaimsApi.read(PICC, claimId).then()
                .body(FIXABLE_PART + ".status", equalTo("NOT_APPLICABLE"))
                .body(FIXABLE_PART + ".breachRecordedAt", nullValue());
    }

    @Test
    void a_breach_is_recorded_once_with_one_event_however_often_it_is_detected() {
        clock.advance(Duration.ofDays(31));
        overdueClaims(true).then().statusCode(200);
        overdueClaims(true).then().statusCode(200);
        ClaimsApi.read(PICC, claimId).then().statusCode(200);

        assertThat(breaches()).containsExactly("DECISION");
        assertThat(Database.count("select count(*) from outbox_events where aggregateid = ?"
                + " and type = 'CLAIM_DEADLINE_BREACHED'", caseId)).isEqualTo(1); // PICC lists only its own claim
    }

    @Test
    void the_periodic_scan_records_breaches_without_anyone_listing_claims() throws Throwable {
        clock.advance(Duration.ofDays(61));

        VertxContextSupport.subscribeAndAwait(scan::scan);

        assertThat(breaches()).containsExactlyInAnyOrder("DECISION", "FIXABLE_PART");
    }

    private Response overdueClaims(boolean overdue) {
        return ClaimsApi.claimsByOverdue(PICC, caseId, overdue);
    }

    private List<String> breaches() {
        List<String> kinds = new ArrayList<>();
        try (var connection = Database.connect(); var statement = connection.prepareStatement(
                "select kind from claim_deadline_breaches where claim_id::text = ? order by kind")) {
            statement.setString(1, claimId);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        return kinds;
    }
}
