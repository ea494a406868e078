package org.accidenthub.hub.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;

/**
 * The arbitration commission ZMD-ARB as the tests play it: its arbitrators' tokens, a party's referral of a
 * case whose mediation failed, and the commission's award in its XML format (docs/formats/arbitration-messages.md).
 */
public final class Arbitration {

    public static final String COMMISSION = "ZMD-ARB";
    public static final String ARBITRATOR = arbitrator("arbitrator-zmd", COMMISSION);
    public static final String OTHER_ARBITRATOR = arbitrator("arbitrator-xc", "XC-ARB");
    public static final String AGREEMENT_SHA256 = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

    public static String arbitrator(String username, String commission) {
        return TestTokens.token(username, Set.of("arbitrator"), "ARBITRATION", commission, "hub-cli");
    }

    public static Response refer(String token, String caseId) {
        return refer(token, caseId, COMMISSION);
    }

    public static Response refer(String token, String caseId, String commission) {
        return given().auth().oauth2(token).contentType("application/json")
                .body("{\"commissionCode\":\"" + commission + "\",\"arbitrationAgreement\":{\"name\":\"仲裁协议.pdf\","
                        + "\"mediaType\":\"application/pdf\",\"sha256\":\"" + AGREEMENT_SHA256 + "\",\"size\":48213}}")
                .post("/api/v1/cases/{caseId}/arbitration-referrals", caseId);
    }

    /** A case referred to ZMD-ARB by P2; returns {caseId, referralId}. */
    public static String[] referredCase() {
        String caseId = Adjudication.failedMediation();
        String referralId = refer(Adjudication.PARTY_P2, caseId).then().statusCode(201).extract().path("referralId");
        return new String[] { caseId, referralId };
    }

    public static String award(String messageId, String referralId, String caseId, String commission) {
        String awardedAt = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusHours(1).truncatedTo(ChronoUnit.SECONDS)
                .toString();
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<award xmlns=\"urn:accidenthub:arbitration:1\" formatVersion=\"1.0\">\n"
                + "  <messageId>" + messageId + "</messageId>\n"
                + "  <referralId>" + referralId + "</referralId>\n"
                + "  <caseId>" + caseId + "</caseId>\n"
                + "  <commissionCode>" + commission + "</commissionCode>\n"
                + "  <awardNumber>驻仲裁字〔2026〕第12号</awardNumber>\n"
                + "  <arbitrators><arbitrator>王磊</arbitrator></arbitrators>\n"
                + "  <outcome>PARTLY_AWARDED</outcome>\n"
                + "  <awardedAt>" + awardedAt + "</awardedAt>\n"
                + "  <payments>\n"
                + "    <payment><payer><kind>INSURER</kind><insurerCode>PICC</insurerCode><name>PICC</name></payer>"
                + "<payee><kind>PARTY</kind><partyRef>P2</partyRef><name>李娜</name></payee>"
                + "<amount>48000</amount></payment>\n"
                + "    <payment><payer><kind>PARTY</kind><partyRef>P1</partyRef><name>张伟</name></payer>"
                + "<payee><kind>PARTY</kind><partyRef>P2</partyRef><name>李娜</name></payee>"
                + "<amount>500.5</amount><description><![CDATA[自负部分 & 精神损害抚慰金]]></description></payment>\n"
                + "  </payments>\n"
                + "</award>\n";
    }

    public static Response send(String token, String xml) {
        return send(token, xml.getBytes(StandardCharsets.UTF_8));
    }

    public static Response send(String token, byte[] xml) {
        return given().auth().oauth2(token).contentType("application/xml").body(xml).post("/api/v1/arbitration/awards");
    }

    private Arbitration() {
    }
}
