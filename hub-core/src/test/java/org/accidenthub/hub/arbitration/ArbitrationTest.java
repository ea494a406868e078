package org.accidenthub.hub.arbitration;

import static io.restassured.RestAssured.given;
import static org.accidenthub.hub.testsupport.Adjudication.PARTY_P2;
import static org.accidenthub.hub.testsupport.Adjudication.PICC;
import static org.accidenthub.hub.testsupport.Adjudication.POLICE_ZMD;
import static org.accidenthub.hub.testsupport.Adjudication.STRANGER;
import static org.accidenthub.hub.testsupport.Arbitration.AGREEMENT_SHA256;
import static org.accidenthub.hub.testsupport.Arbitration.ARBITRATOR;
import static org.accidenthub.hub.testsupport.Arbitration.COMMISSION;
import static org.accidenthub.hub.testsupport.Arbitration.OTHER_ARBITRATOR;
import static org.accidenthub.hub.testsupport.Arbitration.award;
import static org.accidenthub.hub.testsupport.Arbitration.refer;
import static org.accidenthub.hub.testsupport.Arbitration.referredCase;
import static org.accidenthub.hub.testsupport.Arbitration.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.accidenthub.hub.cases.CanonicalRecords;
import org.accidenthub.hub.testsupport.Adjudication;
import org.accidenthub.hub.testsupport.Database;
import org.accidenthub.schemas.v1.ArbitrationReferral;
import org.accidenthub.schemas.v1.MediationEnd;
import org.junit.jupiter.api.Test;

/** A failed mediation goes to arbitration: the referral, the commission's view, the award and its amounts. */
@QuarkusTest
class ArbitrationTest {

    @Test
    void a_party_refers_the_commission_sees_the_case_and_its_award_makes_picc_owe() throws Exception {
        String[] referred = referredCase();
        String caseId = referred[0];
        String referralId = referred[1];

        byte[] stored = Database.bytes("select canonical_referral from arbitration_referrals where id = ?::uuid",
                referralId);
        ArbitrationReferral record = CanonicalRecords.<ArbitrationReferral>decoder(
                ArbitrationReferral.getClassSchema()).decode(stored);
        assertThat(record.getClaimants()).extracting(p -> p.getPartyRef()).containsExactly("P2");
        assertThat(record.getRespondents()).extracting(p -> p.getKind().name()).contains("PARTY", "INSURER");
        assertThat(record.getArbitrationAgreement().getSha256()).isEqualTo(AGREEMENT_SHA256);
        assertThat(record.getCommissionName()).isEqualTo("驻马店仲裁委员会");
        assertThat(record.getCaseFile().getMediation().getEnd()).isEqualTo(MediationEnd.FAILED);
        assertThat(record.getCaseFile().getCalculation().getVersion()).isEqualTo(1);
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("ARBITRATION_REFERRED"));

        // the commission's arbitrators see the case and fetch the referral in their format
        given().auth().oauth2(ARBITRATOR).get("/api/v1/cases/{caseId}", caseId).then().statusCode(200);
        given().auth().oauth2(ARBITRATOR).get("/api/v1/cases/{caseId}/arbitration-referrals/current/referral.xml",
                        caseId).then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .body(containsString("<referralId>" + referralId + "</referralId>"))
                .body(containsString("<commissionCode>ZMD-ARB</commissionCode>"))
                .body(containsString("<commissionName>驻马店仲裁委员会</commissionName>"))
                .body(containsString("<sha256>" + AGREEMENT_SHA256 + "</sha256>"))
                .body(not(containsString(Adjudication.P2_ID)));

        Response awarded = send(ARBITRATOR, award("ZMDARB-2026-0001", referralId, caseId, COMMISSION));
        awarded.then().statusCode(201)
                .body("state", equalTo("AWARDED"))
                .body("commissionName", equalTo("驻马店仲裁委员会"))
                .body("outcome", equalTo("PARTLY_AWARDED"))
                .body("amounts[0].amount", equalTo("48000.00"))
                .body("amounts[1].payerCode", equalTo("P1"))
                .body("amounts[1].description", equalTo("自负部分 & 精神损害抚慰金"));
        assertThat(Database.count("select count(*) from arbitration_award_amounts where referral_id = ?::uuid",
                referralId)).isEqualTo(2);
        assertThat(Database.count("select count(*) from outbox_events where aggregateid = ? and type in"
                + " ('ARBITRATION_REFERRED', 'ARBITRATION_AWARDED')", caseId)).isEqualTo(2);

        // the insurer's amount became payment-due on its claim, as a judgment's does
        String claimId = given().auth().oauth2(PICC).queryParam("caseId", caseId).get("/api/v1/claims").then()
                .extract().path("items[0].claimId");
        given().auth().oauth2(PICC).get("/api/v1/claims/{id}", claimId).then()
                .body("agreedAmount", equalTo("48000.00")).body("state", equalTo("OFFERED"));
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("PAYING"))
                .body("transitions.to", hasItem("AWARDED"));

        // a resend keeps its messageId: answered as before, nothing stored twice
        send(ARBITRATOR, award("ZMDARB-2026-0001", referralId, caseId, COMMISSION)).then().statusCode(200)
                .body("awardNumber", equalTo("驻仲裁字〔2026〕第12号"));
        assertThat(Database.count("select count(*) from arbitration_award_amounts where referral_id = ?::uuid",
                referralId)).isEqualTo(2);
        // another award on the same referral
        send(ARBITRATOR, award("ZMDARB-2026-0002", referralId, caseId, COMMISSION)).then().statusCode(409);
    }

    /** Only a commission of the register (hub.arbitration.commissions) takes referrals; nothing is stored else. */
    @Test
    void a_referral_to_a_commission_not_in_the_register_is_refused_and_stores_nothing() {
        String caseId = Adjudication.failedMediation();

        refer(PARTY_P2, caseId, "XC-ARB").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.path", contains("/commissionCode"))
                .body("errors.code", contains("UNKNOWN_COMMISSION"))
                .body("errors[0].message", containsString("ZMD-ARB"));
        assertThat(Database.count("select count(*) from arbitration_referrals where case_id = ?::uuid", caseId))
                .isZero();
        assertThat(Database.count("select count(*) from outbox_events where aggregateid = ? and type ="
                + " 'ARBITRATION_REFERRED'", caseId)).isZero();
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("MEDIATION_FAILED"));

        // the same party may then refer to a commission of the register
        refer(PARTY_P2, caseId).then().statusCode(201).body("commissionCode", equalTo("ZMD-ARB"))
                .body("commissionName", equalTo("驻马店仲裁委员会"));
    }

    @Test
    void a_referral_needs_a_failed_mediation_or_an_agreement_and_a_party_of_the_case() {
        String caseId = Adjudication.calculatedCase();
        refer(PARTY_P2, caseId).then().statusCode(409).body("errors[0].code", equalTo("ILLEGAL_TRANSITION"));
        refer(STRANGER, caseId).then().statusCode(404);
        refer(POLICE_ZMD, caseId).then().statusCode(403);
        given().contentType("application/json").body("{}")
                .post("/api/v1/cases/{caseId}/arbitration-referrals", caseId).then().statusCode(401);
        given().auth().oauth2(PARTY_P2).contentType("application/json")
                .body("{\"commissionCode\":\"zmd arb\",\"arbitrationAgreement\":{\"sha256\":\"xyz\",\"size\":0}}")
                .post("/api/v1/cases/{caseId}/arbitration-referrals", caseId).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.path", hasItem("/commissionCode"))
                .body("errors.path", hasItem("/arbitrationAgreement/name"))
                .body("errors.path", hasItem("/arbitrationAgreement/sha256"))
                .body("errors.path", hasItem("/arbitrationAgreement/size"));
        assertThat(Database.count("select count(*) from arbitration_referrals where case_id = ?::uuid", caseId))
                .isZero();
    }

    @Test
    void another_commission_sees_nothing_and_cannot_award() {
        String[] referred = referredCase();
        String caseId = referred[0];
        String referralId = referred[1];

        given().auth().oauth2(OTHER_ARBITRATOR).get("/api/v1/cases/{caseId}", caseId).then().statusCode(404);
        given().auth().oauth2(OTHER_ARBITRATOR)
                .get("/api/v1/cases/{caseId}/arbitration-referrals/current/referral.xml", caseId)
                .then().statusCode(404);
        send(OTHER_ARBITRATOR, award("XC-1", referralId, caseId, "XC-ARB")).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        // naming the referral's commission with another commission's token
        send(OTHER_ARBITRATOR, award("XC-2", referralId, caseId, COMMISSION)).then().statusCode(403);
        // an unknown referral of the caller's own commission
        send(ARBITRATOR, award("ZMD-9", "00000000-0000-4000-8000-000000000000", caseId, COMMISSION)).then()
                .statusCode(404);
        send(POLICE_ZMD, award("ZMD-8", referralId, caseId, COMMISSION)).then().statusCode(403);
        given().contentType("application/xml").body(award("ZMD-7", referralId, caseId, COMMISSION))
                .post("/api/v1/arbitration/awards").then().statusCode(401);
        assertThat(Database.count("select count(*) from arbitration_referrals where id = ?::uuid"
                + " and state = 'REFERRED' and award_message_id is null", referralId)).isEqualTo(1);
    }

    @Test
    void hostile_awards_are_refused_with_every_problem_and_store_nothing() {
        String[] referred = referredCase();
        String caseId = referred[0];
        String referralId = referred[1];
        String valid = award("ZMDARB-H-1", referralId, caseId, COMMISSION);
        String root = "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\">";
        long events = Database.count("select count(*) from outbox_events where aggregateid = ?", caseId);

        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE award [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + valid.substring(valid.indexOf(root)).replace("<awardNumber>驻仲裁字〔2026〕第12号</awardNumber>",
                        "<awardNumber>&xxe;</awardNumber>");
        send(ARBITRATOR, xxe).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].code", equalTo("DOCTYPE_NOT_ALLOWED"))
                .body("errors[0].path", equalTo("/"))
                .body(not(containsString("root:")));

        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE award [\n <!ENTITY lol \"lol\">\n"
                + " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
                + " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
                + " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
                + " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
                + " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
                + " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
                + " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
                + " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
                + " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n]>\n"
                + valid.substring(valid.indexOf(root)).replace("<awardNumber>驻仲裁字〔2026〕第12号</awardNumber>",
                        "<awardNumber>&lol9;</awardNumber>");
        send(ARBITRATOR, laughs).then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].code", equalTo("DOCTYPE_NOT_ALLOWED"));

        send(ARBITRATOR, valid.substring(0, valid.length() / 2)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].code", equalTo("MALFORMED_XML"))
                .body("errors[0].path", equalTo("/"));

        String padding = "<!--" + "x".repeat(270_000) + "-->";
        send(ARBITRATOR, valid.replace("</award>", padding + "</award>")).then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].code", equalTo("MESSAGE_TOO_LARGE"))
                .body("errors[0].path", equalTo("/"));

        // well-formed, but breaking the format's rules: every problem, each with its path
        send(ARBITRATOR, valid.replace("<amount>48000</amount>", "<amount>-1</amount>")
                .replace("<outcome>PARTLY_AWARDED</outcome>", "<outcome>MAYBE</outcome>")).then().statusCode(422)
                .body("errors.path", hasItem("/award/payments/payment[1]/amount"))
                .body("errors.path", hasItem("/award/outcome"));
        // parties the case does not have
        send(ARBITRATOR, valid.replace("<partyRef>P1</partyRef>", "<partyRef>P9</partyRef>")).then().statusCode(422)
                .body("errors.path", hasItem("/award/payments/payment[2]/payer/partyRef"))
                .body("errors.code", hasItem("UNKNOWN_PARTY"));

        assertThat(Database.count("select count(*) from arbitration_award_amounts where referral_id = ?::uuid",
                referralId)).isZero();
        assertThat(Database.count("select count(*) from arbitration_referrals where id = ?::uuid"
                + " and state = 'REFERRED' and award_message_id is null and canonical_award is null", referralId))
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from outbox_events where aggregateid = ?", caseId))
                .isEqualTo(events);
        Adjudication.timeline(PARTY_P2, caseId).then().body("state", equalTo("ARBITRATION_REFERRED"));
    }
}
