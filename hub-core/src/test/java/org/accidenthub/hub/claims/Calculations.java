package org.accidenthub.hub.claims;

import static io.restassured.RestAssured.given;

/**
 * Compensation calculations of a claim's case, made through the API as an insurer would before it
 * offers: an offer must name a calculation version the case has.
 */
final class Calculations {

    /** Losses any victim may claim, whatever their role. */
    static final String SIMPLE_ASSESSMENT = "{\"medicalReceipts\":[{\"reference\":\"hospital\",\"amount\":\"5000.00\"}],"
            + "\"propertyLoss\":\"1000.00\"}";
    /** The case's own province with the seeded illustrative Henan figures of 2025 (V21). */
    static final String DEFAULT_STANDARDS = "{\"statisticalYear\":2025}";

    private Calculations() {
    }

    /** Makes calculations of the claim's case until it has version {@code version}. */
    static void upTo(String token, String claimId, int version) {
        var claim = ClaimsApi.read(token, claimId).then().statusCode(200).extract().jsonPath();
        String caseId = claim.getString("caseId");
        int have = given().auth().oauth2(token).get("/api/v1/cases/{id}/compensation", caseId)
                .then().statusCode(200).extract().path("total");
        if (have >= version) {
            return;
        }
        String victim = claim.getString("victim.ref");
        int assessments = given().auth().oauth2(token).get("/api/v1/cases/{id}/assessments", caseId)
                .then().statusCode(200).extract().path("total");
        if (assessments == 0) {
            given().auth().oauth2(token).contentType("application/json").body(SIMPLE_ASSESSMENT)
                    .put("/api/v1/cases/{id}/assessments/{victim}", caseId, victim).then().statusCode(201);
        }
        for (int next = have + 1; next <= version; next++) {
            given().auth().oauth2(token).contentType("application/json").body(DEFAULT_STANDARDS)
                    .post("/api/v1/cases/{id}/compensation", caseId).then().statusCode(201);
        }
    }
}
