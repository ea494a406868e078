package org.accidenthub.hub.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void a_body_within_the_limit_reads_whole() throws IOException {
        BodyLimit body = new BodyLimit(new ByteArrayInputStream(new byte[100]), 100);

        assertThat(body.readAllBytes()).hasSize(100);
        assertThat(body.exceeded()).isFalse();
    }

    @Test
    void a_body_past_the_limit_fails_the_read_and_says_why() {
        BodyLimit body = new BodyLimit(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        assertThat(body.exceeded()).isTrue();
    }
}
