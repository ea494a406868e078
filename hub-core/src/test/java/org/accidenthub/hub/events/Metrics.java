package org.accidenthub.hub.events;

import static io.restassured.RestAssured.given;

/** Reads a value from the Prometheus endpoint, as a monitoring system would. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of an untagged metric, e.g. {@code accidenthub_outbox_lag_events}. */
    public static double value(String name) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : body.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no metric " + name + " on /q/metrics");
    }
}
