package org.accidenthub.hub.speedtrial;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.JUDGES;
import static org.accidenthub.hub.testsupport.Adjudication.JUDGE_SQ1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.schemas.v1.MediationEnd;
import org.accidenthub.schemas.v1.SpeedTrialFiling;
import org.accidenthub.schemas.v1.SpeedTrialJudgment;
import org.junit.jupiter.api.Test;

/** A failed mediation goes to a speed trial: the filing package, the 2-month deadline, the judgment. */
@QuarkusTest
class SpeedTrialTest {

    @Test
    void a_party_files_after_a_failed_mediation_and_the_hub_assembles_the_package() throws Exception {
        String caseId = Adjudication.failedMediation();
        var filed = Adjudication.fileSpeedTrial(PARTY_P2, caseId).then().statusCode(201)
                .body("caseNumber", matchesPattern("\\(20\\d\\d\\)豫1702民初\\d+号"))
                .body("filedByPartyRef", equalTo("P2"))
                .extract().jsonPath();
        Duration window = Duration.between(Instant.parse(filed.getString("filedAt")),
                Instant.parse(filed.getString("judgmentDueAt")));
        assertThat(window.toDays()).isBetween(59L, 62L);

        byte[] stored = Database.bytes("select canonical_filing from speed_trial_filings where case_id = ?::uuid",
                caseId);
        SpeedTrialFiling record = CanonicalRecords.<SpeedTrialFiling>decoder(SpeedTrialFiling.getClassSchema())
                .decode(stored);
        assertThat(record.getCaseFile().getAccident().getReportNumber()).isNotBlank();
        assertThat(record.getCaseFile().getFinding()).isNotNull();
        assertThat(record.getCaseFile().getResponsibilities()).hasSize(2);
        assertThat(record.getCaseFile().getCalculation().getVersion()).isEqualTo(1);
        assertThat(record.getCaseFile().getMediation().getEnd()).isEqualTo(MediationEnd.FAILED);
        assertThat(record.getPlaintiffs()).extracting(p -> p.getPartyRef()).containsExactly("P2");
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("LITIGATION_FILED"))
                .body("openDeadlines.find { it.kind == 'SPEED_TRIAL_JUDGMENT' }.overdue", equalTo(false));
    }

    @Test
    void a_filing_needs_a_failed_mediation_or_a_rejected_confirmation() {
        String caseId = Adjudication.calculatedCase();
        Adjudication.fileSpeedTrial(PARTY_P2, caseId).then().statusCode(409)
                .body("errors[0].code", equalTo("ILLEGAL_TRANSITION"));
        Adjudication.fileSpeedTrial(STRANGER, caseId).then().statusCode(404);
        assertThat(Database.count("select count(*) from speed_trial_filings where case_id = ?::uuid", caseId))
                .isZero();
    }

    @Test
    void the_assigned_judge_records_the_judgment_and_picc_owes_the_amount() throws Exception {
        String caseId = Adjudication.failedMediation();
        var filed = Adjudication.fileSpeedTrial(PARTY_P2, caseId).then().statusCode(201).extract().jsonPath();
        String filingId = filed.getString("filingId");
        String judge = JUDGES.get(filed.getString("judge"));
        String body = Adjudication.SPEED_TRIAL_JUDGMENT;

        Adjudication.judgeSpeedTrial(JUDGE_SQ1, filingId, body).then().statusCode(404);
        Adjudication.judgeSpeedTrial(judge, filingId,
                "{\"outcome\":\"MAYBE\",\"amounts\":[{\"payer\":{\"kind\":\"INSURER\"},\"amount\":\"x\"}]}")
                .then().statusCode(422);
        Adjudication.judgeSpeedTrial(judge, filingId, body).then().statusCode(200)
                .body("state", equalTo("JUDGED"))
                .body("judge", equalTo(filed.getString("judge")))
                .body("judgeName", equalTo(Adjudication.JUDGE_NAMES.get(filed.getString("judge"))))
                .body("amounts[0].amount", equalTo("48000.00"));
        // the structured judgment is signed by the judge's name; the account stays in `judge`
        SpeedTrialJudgment judgment = CanonicalRecords.<SpeedTrialJudgment>decoder(
                SpeedTrialJudgment.getClassSchema()).decode(Database.bytes(
                        "select canonical_judgment from speed_trial_filings where id = ?::uuid", filingId));
        assertThat(judgment.getJudgeName()).isEqualTo(Adjudication.JUDGE_NAMES.get(filed.getString("judge")));
        assertThat(judgment.getJudge()).isEqualTo(filed.getString("judge"));

        String claimId = given().auth().oauth2(PICC).queryParam("caseId", caseId).get("/api/v1/claims").then()
                .extract().path("items[0].claimId");
        given().auth().oauth2(PICC).get("/api/v1/claims/{id}", claimId).then()
                .body("agreedAmount", equalTo("48000.00")).body("state", equalTo("OFFERED"));
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("PAYING"));
    }
}
