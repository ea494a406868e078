package org.accidenthub.hub.confirmation;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.JUDGE_SQ1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P1;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.accidenthub.hub.testsupport.Adjudication;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The acceptance journey of issue 4: police file → calculation → mediation by mediator-zmd → agreement
 * signed by both parties → joint application to court 411702 → the assigned judge accepts and confirms →
 * the claim is payment-due → PICC pays → the case is closed. judge-sq1 (another court) sees none of it.
 */
@QuarkusTest
class ConfirmationJourneyTest {

    private static final String RULING_PDF = "/api/v1/confirmation-applications/{id}/ruling.pdf";

    private static String text(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void a_police_file_ends_in_a_confirmed_agreement_paid_by_picc_and_a_closed_case() throws Exception {
        String caseId = Adjudication.agreedCase("50000.00");
        Adjudication.timeline(PARTY_P1, caseId).then().statusCode(200).body("state", equalTo("AGREED"));

        String applicationId = Adjudication.filedApplication(caseId);
        given().auth().oauth2(PARTY_P2).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .statusCode(200)
                .body("state", equalTo("FILED"))
                .body("courtCode", equalTo("411702"))
                .body("judge", oneOf("judge-yc1", "judge-yc2"))
                .body("judgeName", nullValue())
                .body("applicants.partyRef", equalTo(List.of("P1", "P2")));
        String judgeAccount = given().auth().oauth2(PARTY_P2).get("/api/v1/confirmation-applications/{id}",
                applicationId).then().extract().path("judge");
        String judgeName = Adjudication.JUDGE_NAMES.get(judgeAccount);
        given().auth().oauth2(JUDGE_SQ1).get("/api/v1/confirmation-applications/{id}", applicationId).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(JUDGE_SQ1).get("/api/v1/cases/{id}", caseId).then().statusCode(404);

        // the name comes from the judge's token when they act: family + given name, Chinese order
        Adjudication.accept(applicationId).then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("judgeName", equalTo(judgeName));
        Adjudication.confirm(applicationId).then().statusCode(200)
                .body("state", equalTo("CONFIRMED"))
                .body("judge", equalTo(judgeAccount))
                .body("judgeName", equalTo(judgeName))
                .body("caseNumber", matchesPattern("\\(20\\d\\d\\)豫1702民特\\d+号"));

        String caseNumber = given().auth().oauth2(PARTY_P2).get("/api/v1/confirmation-applications/{id}",
                applicationId).then().extract().path("caseNumber");
        for (String reader : List.of(PARTY_P2, Adjudication.assignedJudge(applicationId))) {
            byte[] pdf = given().auth().oauth2(reader).get(RULING_PDF, applicationId).then().statusCode(200)
                    .contentType("application/pdf").extract().asByteArray();
            String text = text(pdf);
            assertThat(text).contains("民事裁定书", caseNumber, "驻马店市驿城区人民法院", "张伟", "李娜",
                    "50,000.00元", "调解协议有效");
            // signed by the judge's name, never the account: 审判员 周建华 / 刘洋, not judge-yc1
            assertThat(text.replaceAll("[\\s\\u3000]", "")).contains("审判员" + judgeName);
            assertThat(text).doesNotContain(judgeAccount).doesNotContain("judge-");
        }
        given().auth().oauth2(JUDGE_SQ1).get(RULING_PDF, applicationId).then().statusCode(404);
        given().auth().oauth2(Adjudication.STRANGER).get(RULING_PDF, applicationId).then().statusCode(404);
        given().auth().oauth2(PICC).get(RULING_PDF, applicationId).then().statusCode(403);

        String claimId = given().auth().oauth2(PICC).queryParam("caseId", caseId).get("/api/v1/claims").then()
                .statusCode(200).extract().path("items[0].claimId");
        given().auth().oauth2(PICC).get("/api/v1/claims/{id}", claimId).then().statusCode(200)
                .body("state", equalTo("OFFERED"))
                .body("agreedAmount", equalTo("50000.00"))
                .body("deadlines.find { it.kind == 'PAYMENT' }.status", equalTo("PENDING"));
        Adjudication.timeline(POLICE_ZMD, caseId).then().statusCode(200).body("state", equalTo("PAYING"));

        given().auth().oauth2(PICC).contentType("application/json")
                .body("{\"amount\":\"50000.00\",\"paidOn\":\"" + Adjudication.today() + "\",\"reference\":\"PICC-J-1\"}")
                .post("/api/v1/claims/{id}/payments", claimId).then().statusCode(201).body("claimState",
                        equalTo("SETTLED"));

        List<String> states = Adjudication.timeline(PARTY_P2, caseId).then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("transitions.find { it.to == 'MEDIATING' }.actor.orgType", equalTo("POLICE"))
                .body("transitions.find { it.to == 'CONFIRMED' }.reason", matchesPattern("ruling .*: CONFIRMED"))
                .body("transitions.to", hasItem("SETTLED"))
                .extract().path("transitions.to");
        assertThat(states).containsExactly("REPORTED", "LIABILITY_DETERMINED", "CLAIMS_OPEN", "MEDIATING", "AGREED",
                "CONFIRMATION_REQUESTED", "CONFIRMED", "PAYING", "SETTLED", "CLOSED");
    }
}
