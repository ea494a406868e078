import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Imports a folder of STATS19 CSV files into the hub through POST /api/v1/police/stats19, with a progress
 * bar (files and rows) and a final summary (docs/formats/stats19.md, "Command-line import"). Single-file
 * Java 17 program, no dependencies; bench/import/stats19-import.sh runs it against the local stack.
 *
 *   java Stats19Import.java FOLDER HUB_URL TOKEN_URL USER PASSWORD
 *
 * Each collision file (a .csv whose name says "collision" or "accident") is posted with the vehicle and
 * casualty files of the same name ("...-vehicle-2022.csv", "...-casualty-2022.csv") when they are there,
 * as multipart; a collision file alone is posted as text/csv. The file is streamed, never held in memory.
 * Resending is idempotent: rows already stored come back UNCHANGED. Exit code 0 when every file was read
 * (rejected rows included: they are listed), 1 when a file was refused or the hub failed.
 */
public class Stats19Import {

    private static final Pattern COLLISION = Pattern.compile("(?i)collision|accident");
    private static final Duration TOKEN_LIFE = Duration.ofMinutes(10); // the realm's tokens live 15 minutes
    private static final int SHOWN_PROBLEMS = 5;

    record Upload(Path collisions, Optional<Path> vehicles, Optional<Path> casualties) {
        long bytes() {
            return size(collisions) + vehicles.map(Stats19Import::size).orElse(0L)
                    + casualties.map(Stats19Import::size).orElse(0L);
        }
    }

    record Outcome(Upload upload, int status, long rows, long created, long revised, long unchanged, long rejected,
            List<String> problems, String error) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String hub;
    private final String tokenUrl;
    private final String user;
    private final String password;
    private final Progress progress;
    private String token;
    private long tokenAt;

    Stats19Import(String hub, String tokenUrl, String user, String password, Progress progress) {
        this.hub = hub;
        this.tokenUrl = tokenUrl;
        this.user = user;
        this.password = password;
        this.progress = progress;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java Stats19Import.java FOLDER HUB_URL TOKEN_URL USER PASSWORD");
            System.exit(2);
        }
        List<Upload> uploads = uploads(Path.of(args[0]));
        if (uploads.isEmpty()) {
            System.err.println("no collision CSV (a .csv whose name contains 'collision' or 'accident') in " + args[0]);
            System.exit(1);
        }
        long total = uploads.stream().mapToLong(Upload::bytes).sum();
        Progress progress = new Progress(uploads.size(), total);
        Stats19Import importer = new Stats19Import(args[1], args[2], args[3], args[4], progress);
        List<Outcome> outcomes = new ArrayList<>();
        for (Upload upload : uploads) {
            outcomes.add(importer.post(upload));
        }
        progress.done();
        System.exit(report(outcomes) ? 0 : 1);
    }

    /** The collision files of the folder, each with its vehicle and casualty files when present. */
    static List<Upload> uploads(Path folder) throws IOException {
        List<Path> csvs;
        try (Stream<Path> files = Files.list(folder)) {
            csvs = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
        }
        List<Upload> uploads = new ArrayList<>();
        for (Path csv : csvs) {
            String name = csv.getFileName().toString();
            Matcher collision = COLLISION.matcher(name);
            if (!collision.find()) {
                continue;
            }
            uploads.add(new Upload(csv, sibling(csv, collision, "vehicle"), sibling(csv, collision, "casualty")));
        }
        return uploads;
    }

    private static Optional<Path> sibling(Path csv, Matcher collision, String table) {
        String name = csv.getFileName().toString();
        Path path = csv.resolveSibling(name.substring(0, collision.start()) + table + name.substring(collision.end()));
        return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
    }

    Outcome post(Upload upload) {
        progress.start(upload);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub + "/api/v1/police/stats19"))
                    .header("Authorization", "Bearer " + token())
                    .timeout(Duration.ofHours(2));
            if (upload.vehicles().isEmpty() && upload.casualties().isEmpty()) {
                request.header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> progress.counted(open(upload.collisions()))));
            } else {
                String boundary = "stats19-" + UUID.randomUUID();
                request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> progress.counted(multipart(upload, boundary))));
            }
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Outcome outcome = outcome(upload, answer);
            progress.finished(outcome);
            return outcome;
        } catch (IOException | InterruptedException | UncheckedIOException failed) {
            Outcome outcome = new Outcome(upload, 0, 0, 0, 0, 0, 0, List.of(), "no answer: " + failed);
            progress.finished(outcome);
            return outcome;
        }
    }

    private static Outcome outcome(Upload upload, HttpResponse<String> answer) {
        String body = answer.body();
        if (answer.statusCode() != 200) {
            return new Outcome(upload, answer.statusCode(), 0, 0, 0, 0, 0, List.of(),
                    "HTTP " + answer.statusCode() + ": " + shorten(body, 600));
        }
        List<String> problems = new ArrayList<>();
        Matcher problem = Pattern.compile("\\{\"table\":\"(\\w+)\",\"row\":(\\d+|null),\"column\":(\"[^\"]*\"|null),"
                + "\"collisionIndex\":(\"[^\"]*\"|null),\"code\":\"(\\w+)\",\"message\":\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(body);
        while (problem.find() && problems.size() < SHOWN_PROBLEMS) {
            problems.add(problem.group(1) + " row " + problem.group(2)
                    + (problem.group(3).equals("null") ? "" : ", column " + problem.group(3).replace("\"", ""))
                    + ": " + problem.group(5) + " " + problem.group(6));
        }
        return new Outcome(upload, 200, number(body, "rows"), number(body, "created"), number(body, "revised"),
                number(body, "unchanged"), number(body, "rejected"), problems, null);
    }

    private static boolean report(List<Outcome> outcomes) {
        long rows = 0, created = 0, revised = 0, unchanged = 0, rejected = 0;
        boolean allRead = true;
        System.out.println();
        System.out.printf("%-48s %8s %8s %8s %9s %8s%n", "file", "rows", "created", "revised", "unchanged", "rejected");
        for (Outcome o : outcomes) {
            String name = shorten(o.upload().collisions().getFileName().toString()
                    + (o.upload().vehicles().isPresent() ? " +v" : "") + (o.upload().casualties().isPresent() ? " +c" : ""), 48);
            if (o.error() != null) {
                allRead = false;
                System.out.printf("%-48s FAILED %s%n", name, o.error());
                continue;
            }
            System.out.printf("%-48s %,8d %,8d %,8d %,9d %,8d%n", name, o.rows(), o.created(), o.revised(),
                    o.unchanged(), o.rejected());
            o.problems().forEach(p -> System.out.println("    " + shorten(p, 140)));
            if (o.rejected() > o.problems().size()) {
                System.out.printf("    ... the hub's answer lists the first 1,000 problems%n");
            }
            rows += o.rows();
            created += o.created();
            revised += o.revised();
            unchanged += o.unchanged();
            rejected += o.rejected();
        }
        System.out.printf("%-48s %,8d %,8d %,8d %,9d %,8d%n", "total (" + outcomes.size() + " files)", rows, created,
                revised, unchanged, rejected);
        System.out.println(allRead ? "every file was read" : "some files were not read (see FAILED above)");
        return allRead;
    }

    private String token() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - tokenAt > TOKEN_LIFE.toNanos()) {
            String form = "grant_type=password&client_id=hub-cli&username=" + encode(user) + "&password=" + encode(password);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher access = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
            if (answer.statusCode() != 200 || !access.find()) {
                throw new IOException("no token for " + user + " from " + tokenUrl + ": " + shorten(answer.body(), 300));
            }
            token = access.group(1);
            tokenAt = System.nanoTime();
        }
        return token;
    }

    private static InputStream multipart(Upload upload, String boundary) {
        List<InputStream> parts = new ArrayList<>();
        parts.add(part(boundary, "collisions", upload.collisions()));
        parts.add(open(upload.collisions()));
        upload.vehicles().ifPresent(v -> {
            parts.add(part(boundary, "vehicles", v));
            parts.add(open(v));
        });
        upload.casualties().ifPresent(c -> {
            parts.add(part(boundary, "casualties", c));
            parts.add(open(c));
        });
        parts.add(text("\r\n--" + boundary + "--\r\n"));
        return new SequenceInputStream(Collections.enumeration(parts));
    }

    private static InputStream part(String boundary, String name, Path file) {
        boolean first = name.equals("collisions");
        return text((first ? "" : "\r\n") + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"; filename=\"" + file.getFileName().toString().replace("\"", "") + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n");
    }

    private static InputStream text(String text) {
        return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long number(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*(\\d+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
    }

    /**
     * The progress bar: bytes sent of all files, the current file, and the rows sent so far (counted as
     * line breaks while sending; the hub's own count arrives with each file's answer). Redrawn in place on a
     * terminal; a line every 10% otherwise (CI logs).
     */
    static final class Progress {
        private static final int WIDTH = 30;
        private final int files;
        private final long totalBytes;
        private final boolean terminal = System.console() != null;
        private final AtomicLong sentBytes = new AtomicLong();
        private final AtomicLong sentLines = new AtomicLong();
        private final long started = System.nanoTime();
        private int file;
        private String name = "";
        private long storedRows;
        private long rejectedRows;
        private int lastTenth = -1;
        private long lastDraw;

        Progress(int files, long totalBytes) {
            this.files = files;
            this.totalBytes = Math.max(1, totalBytes);
        }

        synchronized void start(Upload upload) {
            file++;
            name = upload.collisions().getFileName().toString();
            draw(true);
        }

        synchronized void finished(Outcome outcome) {
            storedRows += outcome.created() + outcome.revised() + outcome.unchanged();
            rejectedRows += outcome.rejected();
            draw(true);
        }

        void done() {
            draw(true);
            if (terminal) {
                System.err.println();
            }
        }

        InputStream counted(InputStream in) {
            return new java.io.FilterInputStream(in) {
                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        sentBytes.addAndGet(n);
                        long lines = 0;
                        for (int i = offset; i < offset + n; i++) {
                            if (buffer[i] == '\n') {
                                lines++;
                            }
                        }
                        sentLines.addAndGet(lines);
                        draw(false);
                    }
                    return n;
                }
            };
        }

        private synchronized void draw(boolean force) {
            long now = System.nanoTime();
            double done = Math.min(1.0, sentBytes.get() / (double) totalBytes);
            int tenth = (int) (done * 10);
            if (!force && (terminal ? now - lastDraw < 200_000_000L : tenth == lastTenth)) {
                return;
            }
            lastDraw = now;
            lastTenth = tenth;
            int filled = (int) (done * WIDTH);
            String line = String.format("[%s%s] %3d%%  file %d/%d %s  %,d lines sent, %,d rows stored, %,d rejected  %ds",
                    "#".repeat(filled), ".".repeat(WIDTH - filled), (int) (done * 100), file, files, shorten(name, 40),
                    sentLines.get(), storedRows, rejectedRows, (now - started) / 1_000_000_000L);
            if (terminal) {
                System.err.print("\r" + line + "   ");
            } else {
                System.err.println(line);
            }
            System.err.flush();
        }
    }
}
