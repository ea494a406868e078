package org.accidenthub.hub.stats19;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordingWindowTest {

    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void never_more_rows_in_flight_than_the_window() {
        RecordingWindow window = new RecordingWindow(3, threads);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        for (int i = 0; i < 50; i++) {
            window.submit("C" + i, () -> {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                sleep(2);
                inFlight.decrementAndGet();
            });
        }
        window.drain();

        assertThat(most.get()).isBetween(1, 3);
        assertThat(inFlight.get()).isZero();
    }

    @Test
    void a_collision_repeated_in_a_file_is_recorded_in_file_order() {
        RecordingWindow window = new RecordingWindow(4, threads);
        List<String> recorded = new CopyOnWriteArrayList<>();
        window.submit("C1", () -> {
            sleep(30);
            recorded.add("first");
        });
        window.submit("C1", () -> recorded.add("second"));
        window.drain();

        assertThat(recorded).containsExactly("first", "second");
    }

    @Test
    void the_first_failure_stops_the_import_with_its_own_type() {
        RecordingWindow window = new RecordingWindow(2, threads);
        window.submit("C1", () -> {
            throw RecordingWindow.Sneaky.<RuntimeException>rethrow(new ConnectException("refused"));
        });

        assertThatThrownBy(() -> {
            for (int i = 2; i < 100; i++) {
                window.submit("C" + i, () -> sleep(1));
            }
            window.drain();
        }).isInstanceOf(ConnectException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
