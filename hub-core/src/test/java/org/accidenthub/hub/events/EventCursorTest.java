package org.accidenthub.hub.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCursorTest {

    @Test
    void an_encoded_cursor_reads_back_as_itself() {
        EventCursor cursor = new EventCursor(123_456_789L, 42L);

        assertThat(EventCursor.parse(cursor.encode())).contains(cursor);
    }

    @Test
    void an_encoded_cursor_is_url_safe() {
        assertThat(new EventCursor(Long.MAX_VALUE, Long.MAX_VALUE).encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void strings_that_are_no_cursor_name_none() {
        assertThat(EventCursor.parse("not a cursor")).isEmpty();
        assertThat(EventCursor.parse("")).isEmpty();
        assertThat(EventCursor.parse(java.util.Base64.getUrlEncoder().encodeToString("2.1.1".getBytes()))).isEmpty();
        assertThat(EventCursor.parse(java.util.Base64.getUrlEncoder().encodeToString("1.-1.5".getBytes()))).isEmpty();
    }

    @Test
    void the_transaction_orders_before_the_position() {
        assertThat(new EventCursor(2, 1).isAfter(new EventCursor(1, 99))).isTrue();
        assertThat(new EventCursor(2, 5).isAfter(new EventCursor(2, 4))).isTrue();
        assertThat(new EventCursor(2, 4).isAfter(new EventCursor(2, 4))).isFalse();
    }
}
