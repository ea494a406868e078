package org.accidenthub.hub.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/** Uploads through the police intake endpoint, as a police system would. */
public final class PoliceUploads {

    public static final String FILES = "/api/v1/police/accident-files";
    /** A police token of the 驻马店 unit, which owns the example file. */
    public static final String ZMD = TestTokens.police(TestTokens.ZMD_UNIT);

    private PoliceUploads() {
    }

    public static Response upload(String token, byte[] body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(FILES);
    }

    /** Uploads a file as the 驻马店 unit and returns the case id of the (new) case. */
    public static String caseOf(byte[] body) {
        return upload(ZMD, body).then().statusCode(201).extract().path("caseId");
    }
}
