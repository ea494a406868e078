package org.accidenthub.hub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofMinutes(30));

    @Test
    void the_ceiling_doubles_from_the_base_up_to_the_cap() {
        assertThat(schedule.ceilingMillis(1)).isEqualTo(5_000);
        assertThat(schedule.ceilingMillis(2)).isEqualTo(10_000);
        assertThat(schedule.ceilingMillis(4)).isEqualTo(40_000);
        assertThat(schedule.ceilingMillis(20)).isEqualTo(1_800_000);
        assertThat(schedule.ceilingMillis(Integer.MAX_VALUE)).isEqualTo(1_800_000);
    }

    @Test
    void a_wait_is_anywhere_between_zero_and_the_ceiling() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(schedule.afterFailedAttempt(3).toMillis()).isBetween(0L, 20_000L);
        }
    }

    @Test
    void waits_are_spread_not_all_the_same() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToLong(i -> schedule.afterFailedAttempt(6).toMillis()).distinct().count();

        assertThat(distinct).isGreaterThan(40);
    }
}
