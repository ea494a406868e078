package org.accidenthub.hub.webhooks;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Subscriptions made through the API, as a partner makes them. */
final class Subscriptions {

    static final String PATH = "/api/v1/webhooks/subscriptions";

    private Subscriptions() {
    }

    static JsonPath create(String token, String url, List<String> eventTypes) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", eventTypes, "description", "test receiver"))
                .post(PATH).then().statusCode(201).extract().jsonPath();
    }

    static void delete(String token, String id) {
        given().auth().oauth2(token).delete(PATH + "/" + id).then().statusCode(204);
    }

    static JsonPath deliveries(String token, String id, String status) {
        var request = given().auth().oauth2(token);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get(PATH + "/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
    }
}
