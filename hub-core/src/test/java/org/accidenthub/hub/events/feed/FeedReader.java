package org.accidenthub.hub.events.feed;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the pull feed as a partner would: page after page, from a cursor. */
final class FeedReader {

    private FeedReader() {
    }

    static JsonPath page(String token, String after, Integer limit) {
        var request = given().auth().oauth2(token);
        if (after != null) {
            request.queryParam("after", after);
        }
        if (limit != null) {
            request.queryParam("limit", limit);
        }
        return request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
    }

    /** The cursor after everything the caller can read now. */
    static String end(String token) {
        String cursor = null;
        while (true) {
            JsonPath page = page(token, cursor, 500);
            String next = page.getString("next");
            if (page.getList("items").isEmpty() && next.equals(cursor)) {
                return cursor;
            }
            cursor = next;
        }
    }

    /** Every item after the cursor, following 'next' until a page comes back empty. */
    static List<Map<String, Object>> itemsAfter(String token, String cursor, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        while (true) {
            JsonPath page = page(token, cursor, limit);
            List<Map<String, Object>> found = page.getList("items");
            if (found.isEmpty() && page.getString("next").equals(cursor)) {
                return items;
            }
            items.addAll(found);
            cursor = page.getString("next");
        }
    }
}
