import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts police files to the hub as a police system would, for the event benches. Case i gets report number
 * PREFIX-i; revision r of a case changes its narrative, so every acknowledged revision is one event.
 *
 * Count mode (--cases N --revisions R): every revision is retried until the hub acknowledges it (2xx) or the
 * deadline passes, also across a hub that is down (connection refused) and restarts: the run ends with
 * exactly N * R acknowledged revisions. Revisions of a case go in order; cases go in parallel.
 * Time mode (--seconds S): new cases with R revisions each until S seconds passed, at most --per-second uploads
 * a second in all; a 429 (the hub's per-client rate limit) is waited out and the upload sent again, every
 * other answer that is not 2xx, and every connection failure, is counted as an API failure.
 *
 *   java bench/events/Uploads.java --hub http://127.0.0.1:8080 --token-file F --template demo.json --prefix EVA1
 *        (--cases 500 | --seconds 75 [--per-second 40]) --revisions 20 --workers 8 [--progress FILE]
 *        [--deadline-seconds 600]
 */
public class Uploads {

    static final Pattern REPORT = Pattern.compile("\"reportNumber\"\\s*:\\s*\"[^\"]*\"");
    static final Pattern NARRATIVE = Pattern.compile("\"narrative\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    final Map<String, String> options;
    final String template;
    final String narrative;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final AtomicLong acknowledged = new AtomicLong();
    final AtomicLong retried = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicInteger nextCase = new AtomicInteger();
    final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
    final long deadline;
    volatile String token;

    Uploads(Map<String, String> options) throws IOException {
        this.options = options;
        this.template = Files.readString(Path.of(options.get("template")));
        Matcher matcher = NARRATIVE.matcher(template);
        if (!matcher.find() || !REPORT.matcher(template).find()) {
            throw new IllegalArgumentException("the template needs a reportNumber and a narrative");
        }
        this.narrative = matcher.group(1);
        this.deadline = System.nanoTime()
                + Duration.ofSeconds(Long.parseLong(options.getOrDefault("deadline-seconds", "600"))).toNanos();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Uploads run = new Uploads(options);
        long started = System.nanoTime();
        boolean complete = run.run();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("uploads: %d acknowledged in %.1fs (%.0f/s), %d retried, %d throttled (429), API failures %s%n",
                run.acknowledged.get(), seconds, run.acknowledged.get() / seconds, run.retried.get(),
                run.throttled.get(), run.failures);
        System.exit(complete ? 0 : 1);
    }

    boolean run() throws Exception {
        int workers = Integer.parseInt(options.getOrDefault("workers", "4"));
        token = Files.readString(Path.of(options.get("token-file"))).trim();
        List<Thread> threads = new ArrayList<>();
        AtomicInteger incomplete = new AtomicInteger();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> {
                if (!(options.containsKey("seconds") ? timed() : counted(worker, workers))) {
                    incomplete.incrementAndGet();
                }
            });
            thread.start();
            threads.add(thread);
        }
        Thread progress = new Thread(this::reportProgress);
        progress.setDaemon(true);
        progress.start();
        for (Thread thread : threads) {
            thread.join();
        }
        writeProgress();
        return incomplete.get() == 0 && (options.containsKey("cases") || failures.isEmpty());
    }

    /** The worker's share of the cases, revision after revision; false when the deadline cut it short. */
    boolean counted(int worker, int workers) {
        int cases = Integer.parseInt(options.get("cases"));
        int revisions = Integer.parseInt(options.getOrDefault("revisions", "1"));
        for (int revision = 1; revision <= revisions; revision++) {
            for (int c = worker; c < cases; c += workers) {
                if (!untilAcknowledged(c, revision)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** New cases with all their revisions until the time is up; one attempt per upload. */
    boolean timed() {
        long end = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("seconds"))).toNanos();
        int revisions = Integer.parseInt(options.getOrDefault("revisions", "1"));
        int workers = Integer.parseInt(options.getOrDefault("workers", "4"));
        // each worker keeps to its share of the rate, so the run measures the outage, not an overload
        long intervalNanos = (long) (1e9 * workers / Double.parseDouble(options.getOrDefault("per-second", "40")));
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            int c = nextCase.getAndIncrement();
            for (int revision = 1; revision <= revisions && System.nanoTime() < end; revision++) {
                pause(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                next = Math.max(next + intervalNanos, System.nanoTime());
                int status = post(c, revision);
                while (status == 429 && System.nanoTime() < end) {
                    throttled.incrementAndGet();
                    pause(1000);
                    status = post(c, revision);
                }
                if (status / 100 == 2) {
                    acknowledged.incrementAndGet();
                } else if (status != 429) {
                    failures.computeIfAbsent(status == 0 ? "connection" : "HTTP " + status, k -> new AtomicLong())
                            .incrementAndGet();
                }
            }
        }
        return true;
    }

    boolean untilAcknowledged(int c, int revision) {
        while (System.nanoTime() < deadline) {
            int status = post(c, revision);
            if (status / 100 == 2) {
                acknowledged.incrementAndGet();
                return true;
            }
            retried.incrementAndGet();
            if (status / 100 == 4 && status != 429 && status != 401) {
                System.out.println("    refused: case " + c + " revision " + revision + " HTTP " + status);
                return false;
            }
            pause(status == 0 ? 250 : 100); // the hub is down or restarting: try again shortly
        }
        return false;
    }

    /** The HTTP status, or 0 when the hub did not answer. */
    int post(int c, int revision) {
        String report = options.get("prefix") + "-" + String.format("%05d", c);
        String text = revision == 1 ? narrative : narrative + "（第" + revision + "次修订）";
        String body = REPORT.matcher(template).replaceFirst(Matcher.quoteReplacement("\"reportNumber\": \"" + report + "\""));
        body = NARRATIVE.matcher(body).replaceFirst(Matcher.quoteReplacement("\"narrative\": \"" + text + "\""));
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.get("hub") + "/api/v1/police/accident-files"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unanswered) {
            return 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void reportProgress() {
        while (true) {
            writeProgress();
            pause(250);
        }
    }

    void writeProgress() {
        String file = options.get("progress");
        if (file != null) {
            try {
                Path tmp = Path.of(file + ".tmp");
                Files.writeString(tmp, acknowledged.get() + "\n");
                Files.move(tmp, Path.of(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ignored) {
                // progress is advisory
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
