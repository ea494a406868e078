import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark's client (bench/load/run.sh). Two modes:
 *
 * <pre>
 * drive  --url URL --token-url URL --user U --csv STATS19.csv --run-tag N --rates "250 500" --seconds S
 *        [--warmup-rate R --warmup-seconds S] [--hub-pid PID] [--connections C] [--timeout-seconds T] [--out FILE.tsv]
 * rows   --csv STATS19.csv --run-tag N --count N --out FILE.csv      (the same files as CSV, for the pgbench baseline)
 * </pre>
 *
 * <p><b>Open model.</b> Request i of a phase is due at {@code start + i / rate}, whatever happened to the
 * requests before it; its latency is measured from that due time, not from when a connection was free. A
 * hub that falls behind therefore shows its queueing in the percentiles instead of silently lowering the
 * offered rate (coordinated omission). Requests that get no answer within the timeout count as errors.
 *
 * <p><b>Files.</b> Valid police accident files (docs/formats/police-accident-file.md) of unit 411700000000,
 * whose date, time, place (WGS-84), weather, light, road surface, severity, vehicle and casualty counts
 * come from the STATS19 collision rows, cycled; report numbers are unique per run tag.
 */
public class PoliceLoad {

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        String mode = args.length > 0 ? args[0] : "";
        List<Stats19Row> rows = Stats19Row.read(Path.of(need(opt, "csv")));
        PoliceFiles files = new PoliceFiles(rows, Integer.parseInt(need(opt, "run-tag")));
        switch (mode) {
            case "rows" -> writeRows(files, Integer.parseInt(need(opt, "count")), Path.of(need(opt, "out")));
            case "drive" -> new Driver(opt, files).run();
            default -> {
                System.err.println("usage: PoliceLoad drive|rows --option value ... (see the class comment)");
                System.exit(2);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------
    // pgbench baseline rows: the same files, one CSV line each (COPY ... WITH (FORMAT csv))
    // -------------------------------------------------------------------------------------------------------
    static void writeRows(PoliceFiles files, int count, Path out) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                PoliceFiles.File f = files.file(i);
                w.write(i + "," + PoliceFiles.UNIT_CODE + "," + f.reportNumber() + "," + f.occurredAt() + ","
                        + f.divisionCode() + "," + f.row().latitude + "," + f.row().longitude + ",\""
                        + f.json().replace("\"", "\"\"") + "\"\n");
            }
        }
    }

    // -------------------------------------------------------------------------------------------------------
    // The open-model driver
    // -------------------------------------------------------------------------------------------------------
    static final class Driver {
        private final Map<String, String> opt;
        private final PoliceFiles files;
        private final URI target;
        private final Token token;
        private final long hubPid;
        private final int timeoutMs;
        private final AtomicLong sequence = new AtomicLong();

        Driver(Map<String, String> opt, PoliceFiles files) {
            this.opt = opt;
            this.files = files;
            this.target = URI.create(need(opt, "url"));
            this.token = new Token(need(opt, "token-url"), need(opt, "user"), opt.getOrDefault("password", need(opt, "user")));
            this.hubPid = Long.parseLong(opt.getOrDefault("hub-pid", "0"));
            this.timeoutMs = 1000 * Integer.parseInt(opt.getOrDefault("timeout-seconds", "30"));
        }

        void run() throws Exception {
            token.start();
            int connections = Integer.parseInt(opt.getOrDefault("connections", "256"));
            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                    .setInternalBlockingPoolSize(1));
            Context context = vertx.getOrCreateContext();
            List<Phase> phases = new ArrayList<>();
            int warmupSeconds = Integer.parseInt(opt.getOrDefault("warmup-seconds", "0"));
            if (warmupSeconds > 0) {
                phases.add(new Phase("warmup", Integer.parseInt(opt.getOrDefault("warmup-rate", "200")), warmupSeconds));
            }
            int seconds = Integer.parseInt(need(opt, "seconds"));
            for (String rate : need(opt, "rates").trim().split("[ ,]+")) {
                phases.add(new Phase("rate", Integer.parseInt(rate), seconds));
            }
            phases.forEach(p -> p.dbName = opt.getOrDefault("db-name", ""));
            long pause = 1000L * Integer.parseInt(opt.getOrDefault("pause-seconds", "3"));
            Path out = opt.containsKey("out") ? Path.of(opt.get("out")) : null;
            if (out != null) {
                Files.writeString(out, Phase.TSV_HEADER + "\n");
            }
            System.out.println(Phase.TABLE_HEADER);
            for (Phase phase : phases) {
                // a client per phase: closing it at the end drops what a hub that fell behind never answered,
                // so that no request of one phase is still queued or in flight in the next
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                        .setTcpNoDelay(true).setConnectTimeout(10_000), new PoolOptions().setHttp1MaxSize(connections)
                        .setMaxWaitQueueSize(-1));
                drive(phase, client, context);
                client.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
                System.out.println(phase.tableLine());
                if (out != null) {
                    Files.writeString(out, phase.tsvLine() + "\n", java.nio.file.StandardOpenOption.APPEND);
                }
                Thread.sleep(pause);
            }
            token.stop();
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        private void drive(Phase phase, HttpClient client, Context context) throws InterruptedException {
            int total = phase.rate * phase.seconds;
            phase.begin(total, hubPid);
            CountDownLatch answered = new CountDownLatch(total);
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> phase.sampleRss(hubPid), 0, 250, TimeUnit.MILLISECONDS);
            long start = System.nanoTime() + 10_000_000L;
            phase.startNanos = start;
            double period = 1e9 / phase.rate;
            for (int i = 0; i < total; i++) {
                long due = start + (long) (i * period);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int slot = i;
                phase.due(slot, due);
                PoliceFiles.File file = files.file(sequence.getAndIncrement());
                byte[] body = file.json().getBytes(StandardCharsets.UTF_8);
                String bearer = token.bearer();
                context.runOnContext(v -> send(client, phase, slot, due, body, bearer, answered));
            }
            phase.sentNanos = System.nanoTime();
            if (!answered.await(timeoutMs + 10_000L, TimeUnit.MILLISECONDS)) {
                System.err.println("    " + answered.getCount() + " requests still unanswered after the timeout");
            }
            sampler.shutdownNow();
            phase.end(hubPid);
        }

        private void send(HttpClient client, Phase phase, int slot, long due, byte[] body, String bearer,
                CountDownLatch answered) {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setHost(target.getHost())
                    .setPort(target.getPort()).setURI(target.getRawPath()).setIdleTimeout(timeoutMs)
                    .putHeader("Authorization", bearer).putHeader("Content-Type", "application/json")
                    .putHeader("Accept", "application/json");
            client.request(request)
                    .compose(req -> req.send(Buffer.buffer(body)))
                    .compose(resp -> resp.body().map(b -> resp.statusCode()))
                    .onComplete(ar -> {
                        long latency = System.nanoTime() - due;
                        phase.record(slot, latency, ar.succeeded() ? ar.result() : -1,
                                ar.failed() ? ar.cause().getClass().getSimpleName() : null);
                        answered.countDown();
                    });
        }
    }

    /** One fixed arrival rate held for some seconds, and what came back. Written on the event loop only. */
    static final class Phase {
        static final String TABLE_HEADER = String.format(Locale.ROOT, "%-7s %6s %6s %7s %8s %8s %8s %8s %8s %8s %7s %6s %7s %6s %6s %6s %6s",
                "phase", "rate/s", "sent", "201", "accept/s", "p50 ms", "p95 ms", "p99 ms", "p99.9", "max ms",
                "errors", "other", "RSS MiB", "hubCPU", "hubms", "pgms", "cliCPU");
        static final String TSV_HEADER = "phase\toffered_per_s\tseconds\tsent\taccepted\taccepted_per_s\tp50_ms\tp95_ms\tp99_ms"
                + "\tp999_ms\tmax_ms\terrors\tother_status\trss_max_mib\trss_hwm_mib\thub_cpu_cores\thub_cpu_ms_per_file"
                + "\tpg_cpu_ms_per_file\tclient_cpu_cores\tmachine_busy_pct\tstatuses";
        final String name;
        final int rate;
        final int seconds;
        long startNanos;
        long sentNanos;
        private long[] latencies;
        private long[] due;
        private boolean[] done;
        private int answered;
        private int accepted;
        private int errors;
        private int other;
        private long lastAcceptedNanos;
        private final Map<String, Integer> statuses = new TreeMap<>();
        private volatile long rssMaxKb;
        private long hwmKb;
        private long cpuTicksAtStart;
        private long dbTicksAtStart;
        private long selfTicksAtStart;
        private long[] machineAtStart;
        private double hubCores;
        private double hubMsPerFile;
        private double dbMsPerFile;
        private double clientCores;
        String dbName = "";
        private double machineBusy;

        Phase(String name, int rate, int seconds) {
            this.name = name;
            this.rate = rate;
            this.seconds = seconds;
        }

        void begin(int total, long pid) {
            latencies = new long[total];
            due = new long[total];
            done = new boolean[total];
            cpuTicksAtStart = ProcStats.cpuTicks(pid);
            dbTicksAtStart = ProcStats.backendTicks(dbName);
            selfTicksAtStart = ProcStats.cpuTicks(ProcessHandle.current().pid());
            machineAtStart = ProcStats.machine();
        }

        synchronized void due(int slot, long dueNanos) {
            due[slot] = dueNanos;
        }

        synchronized void record(int slot, long latencyNanos, int status, String failure) {
            if (done[slot]) {
                return;
            }
            done[slot] = true;
            latencies[slot] = latencyNanos;
            answered++;
            if (status == 201) {
                accepted++;
                lastAcceptedNanos = Math.max(lastAcceptedNanos, System.nanoTime());
            } else if (status < 0) {
                errors++;
            } else {
                other++;
            }
            statuses.merge(status < 0 ? failure : String.valueOf(status), 1, Integer::sum);
        }

        void sampleRss(long pid) {
            long kb = ProcStats.status(pid, "VmRSS");
            if (kb > rssMaxKb) {
                rssMaxKb = kb;
            }
        }

        synchronized void end(long pid) {
            double elapsed = (System.nanoTime() - startNanos) / 1e9;
            long hubTicks = ProcStats.cpuTicks(pid) - cpuTicksAtStart;
            hubCores = hubTicks / ProcStats.TICKS / elapsed;
            clientCores = (ProcStats.cpuTicks(ProcessHandle.current().pid()) - selfTicksAtStart) / ProcStats.TICKS / elapsed;
            long dbTicks = ProcStats.backendTicks(dbName) - dbTicksAtStart;
            hubMsPerFile = accepted == 0 ? 0 : hubTicks * 1000 / ProcStats.TICKS / accepted;
            dbMsPerFile = accepted == 0 ? 0 : dbTicks * 1000 / ProcStats.TICKS / accepted;
            long[] machineNow = ProcStats.machine();
            long busy = machineNow[0] - machineAtStart[0];
            long all = machineNow[1] - machineAtStart[1];
            machineBusy = all == 0 ? 0 : 100.0 * busy / all;
            sampleRss(pid);
            hwmKb = ProcStats.status(pid, "VmHWM");
            // never answered (the hub fell behind by more than the timeout): an error, and its latency so far
            long now = System.nanoTime();
            for (int i = 0; i < latencies.length; i++) {
                if (!done[i]) {
                    done[i] = true;
                    latencies[i] = now - due[i];
                    errors++;
                    statuses.merge("unanswered", 1, Integer::sum);
                }
            }
        }

        /** Accepted files per second over the phase: from its first due time to its last accepted answer. */
        synchronized double acceptedPerSecond() {
            if (accepted == 0) {
                return 0;
            }
            double window = Math.max((lastAcceptedNanos - startNanos) / 1e9, seconds);
            return accepted / window;
        }

        synchronized double percentile(double p) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        String tableLine() {
            return String.format(Locale.ROOT, "%-7s %6d %6d %7d %8.0f %8.1f %8.1f %8.1f %8.1f %8.1f %7d %6d %7d %6.2f %6.2f %6.2f %6.2f",
                    name, rate, latencies.length, accepted, acceptedPerSecond(), percentile(50), percentile(95),
                    percentile(99), percentile(99.9), percentile(100), errors, other, rssMaxKb / 1024, hubCores,
                    hubMsPerFile, dbMsPerFile, clientCores)
                    + (statuses.size() > 1 || !statuses.containsKey("201") ? "  " + statuses : "");
        }

        String tsvLine() {
            return String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t%.2f\t%.1f\t%s",
                    name, rate, seconds, latencies.length, accepted, acceptedPerSecond(), percentile(50), percentile(95),
                    percentile(99), percentile(99.9), percentile(100), errors, other, rssMaxKb / 1024, hwmKb / 1024,
                    hubCores, hubMsPerFile, dbMsPerFile, clientCores, machineBusy, statuses.toString().replace(' ', '_'));
        }
    }

    /** /proc readings: the hub's resident memory and CPU time, the machine's busy time. Linux only. */
    static final class ProcStats {
        static final double TICKS = 100.0; // USER_HZ; 100 on every Linux the benchmark runs on

        static long status(long pid, String field) {
            if (pid <= 0) {
                return 0;
            }
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith(field + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the hub is gone: report what was seen
            }
            return 0;
        }

        /** CPU time of the PostgreSQL backends connected to database {@code db} (their process title names it). */
        static long backendTicks(String db) {
            if (db == null || db.isEmpty()) {
                return 0;
            }
            long sum = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : (Iterable<Path>) procs::iterator) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    try {
                        String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                        if (cmd.startsWith("postgres: ") && cmd.contains(" " + db + " ")) {
                            sum += cpuTicks(Long.parseLong(name));
                        }
                    } catch (IOException | RuntimeException e) {
                        // the process ended meanwhile
                    }
                }
            } catch (IOException e) {
                return 0;
            }
            return sum;
        }

        static long cpuTicks(long pid) {
            if (pid <= 0) {
                return 0;
            }
            try {
                String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        /** {busy, total} jiffies of all CPUs since boot. */
        static long[] machine() {
            try {
                String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length && i <= 8; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
                return new long[] {total - idle, total};
            } catch (IOException | RuntimeException e) {
                return new long[] {0, 0};
            }
        }
    }

    /** A police token (password grant, client hub-cli), fetched again well before it expires. */
    static final class Token {
        private static final Pattern ACCESS = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
        private static final Pattern EXPIRES = Pattern.compile("\"expires_in\"\\s*:\\s*(\\d+)");
        private final String url;
        private final String form;
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "token-refresh");
            t.setDaemon(true);
            return t;
        });
        private volatile String bearer;

        Token(String url, String user, String password) {
            this.url = url;
            this.form = "grant_type=password&client_id=hub-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        }

        void start() throws Exception {
            long lifetime = fetch();
            // half the lifetime: a token never expires mid-phase (15 min in the realm), and one refresh failing is harmless
            long every = Math.max(30, lifetime / 2);
            refresher.scheduleAtFixedRate(() -> {
                try {
                    fetch();
                } catch (Exception e) {
                    System.err.println("    token refresh failed (the current token is kept): " + e);
                }
            }, every, every, TimeUnit.SECONDS);
        }

        void stop() {
            refresher.shutdownNow();
        }

        String bearer() {
            return bearer;
        }

        private long fetch() throws Exception {
            HttpResponse<String> resp = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS.matcher(resp.body());
            if (resp.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token from " + url + ": " + resp.statusCode() + " " + resp.body());
            }
            bearer = "Bearer " + token.group(1);
            Matcher expires = EXPIRES.matcher(resp.body());
            return expires.find() ? Long.parseLong(expires.group(1)) : 300;
        }
    }

    // -------------------------------------------------------------------------------------------------------
    // STATS19 rows and the police files made from them
    // -------------------------------------------------------------------------------------------------------
    /** The columns of a STATS19 collision row the files use (DfT Road Safety Open Data Guide codes). */
    static final class Stats19Row {
        String index;
        LocalDateTime occurred;
        String latitude;
        String longitude;
        int severity;
        int vehicles;
        int casualties;
        int speedLimit;
        String roadClass;
        String roadNumber;
        int light;
        int weather;
        int surface;
        String district;

        static List<Stats19Row> read(Path csv) throws IOException {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            String[] header = lines.get(0).replace("\uFEFF", "").split(",");
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                col.put(header[i].trim(), i);
            }
            DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
            List<Stats19Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                if (f.length < header.length) {
                    continue;
                }
                Stats19Row r = new Stats19Row();
                r.index = f[col.get("accident_index")];
                try {
                    r.occurred = LocalDateTime.parse(f[col.get("date")] + " " + f[col.get("time")], when);
                } catch (RuntimeException e) {
                    continue; // a row without a usable date and time makes no police file
                }
                r.latitude = f[col.get("latitude")];
                r.longitude = f[col.get("longitude")];
                if (r.latitude.isEmpty() || r.longitude.isEmpty() || r.latitude.equals("-1")) {
                    r.latitude = null;
                    r.longitude = null;
                }
                r.severity = num(f[col.get("accident_severity")], 3);
                r.vehicles = num(f[col.get("number_of_vehicles")], 1);
                r.casualties = num(f[col.get("number_of_casualties")], 1);
                r.speedLimit = num(f[col.get("speed_limit")], 30);
                r.roadClass = f[col.get("first_road_class")];
                r.roadNumber = f[col.get("first_road_number")];
                r.light = num(f[col.get("light_conditions")], -1);
                r.weather = num(f[col.get("weather_conditions")], -1);
                r.surface = num(f[col.get("road_surface_conditions")], -1);
                r.district = f[col.get("local_authority_ons_district")];
                rows.add(r);
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("no usable STATS19 collision rows in " + csv);
            }
            return rows;
        }

        private static int num(String s, int absent) {
            try {
                return Integer.parseInt(s.trim());
            } catch (RuntimeException e) {
                return absent;
            }
        }
    }

    /**
     * Police accident files of 驻马店市公安局交通管理支队 (unit 411700000000, the demo user police-zmd), one per
     * sequence number: row {@code n % rows} of the STATS19 sample gives the accident's facts, {@code n} the
     * report number and the people, plates and VINs (all with valid check characters).
     */
    static final class PoliceFiles {
        static final String UNIT_CODE = "411700000000";
        private static final String[] DIVISIONS = {"411702", "411721", "411722", "411723", "411724", "411725",
                "411726", "411727", "411728", "411729"};
        private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"};
        private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "军", "杰", "娟", "涛", "明", "超", "霞"};
        private static final String[] INSURERS = {"PICC", "CPIC", "PINGAN"};
        private static final String PLATE_CHARS = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        private static final String VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        private final List<Stats19Row> rows;
        private final String runTag;

        record File(String reportNumber, String occurredAt, String divisionCode, Stats19Row row, String json) {}

        PoliceFiles(List<Stats19Row> rows, int runTag) {
            this.rows = rows;
            this.runTag = String.format(Locale.ROOT, "%06d", Math.floorMod(runTag, 1_000_000));
        }

        File file(long n) {
            Stats19Row r = rows.get((int) (n % rows.size()));
            String division = DIVISIONS[(int) (n % DIVISIONS.length)];
            // division + year + run tag + sequence: digits only, 24 characters, unique per run tag
            String report = division + r.occurred.getYear() + runTag + String.format(Locale.ROOT, "%08d", n);
            String occurredAt = r.occurred + ":00+00:00"; // STATS19 gives GB local time; January is GMT
            LocalDate day = r.occurred.toLocalDate();
            int vehicles = Math.max(1, Math.min(3, r.vehicles));
            boolean pedestrian = vehicles == 1;
            boolean finding = n % 4 != 3; // one file in four is still under investigation
            StringBuilder j = new StringBuilder(3072);
            j.append("{\"formatVersion\":\"1.0\",\"sender\":{\"system\":\"ZMD-ACCIDENT-2\",\"unitCode\":\"").append(UNIT_CODE)
                    .append("\",\"unitName\":\"驻马店市公安局交通管理支队\"},\"reportNumber\":\"").append(report)
                    .append("\",\"procedure\":\"").append(r.severity == 3 && !pedestrian ? "SIMPLE" : "GENERAL")
                    .append("\",\"occurredAt\":\"").append(occurredAt).append("\",\"location\":{\"divisionCode\":\"")
                    .append(division).append("\",\"address\":\"驻马店市 ").append(road(r)).append(" (STATS19 ")
                    .append(r.index).append(", ").append(r.district).append(")\",\"road\":\"").append(road(r)).append('"');
            if (r.latitude != null) {
                j.append(",\"latitude\":").append(r.latitude).append(",\"longitude\":").append(r.longitude);
            }
            j.append("},\"environment\":{");
            List<String> env = new ArrayList<>();
            code(env, "weather", weather(r.weather));
            code(env, "light", light(r.light));
            code(env, "roadSurface", surface(r.surface));
            j.append(String.join(",", env)).append("},\"level\":\"").append(r.severity == 1 ? "SERIOUS" : "ORDINARY")
                    .append("\",\"form\":\"").append(pedestrian ? "HIT_PEDESTRIAN" : n % 2 == 0 ? "REAR_END" : "SIDE")
                    .append("\",\"narrative\":\"").append(narrative(r, vehicles, pedestrian))
                    .append("\",\"causeAnalysis\":\"").append("驾驶人未按规定让行、未保持安全车速，是事故发生的主要原因。");
            j.append('"');
            if (finding) {
                j.append(",\"finding\":{\"kind\":\"LIABILITY_FINDING\",\"documentNumber\":\"驻公交认字[")
                        .append(day.getYear()).append("]第").append(report).append("号\",\"issuedAt\":\"")
                        .append(r.occurred.plusDays(7).withHour(10).withMinute(0)).append(":00+08:00\"}");
            }
            // parties: one driver per vehicle (up to 3), a pedestrian where STATS19 has one vehicle
            j.append(",\"parties\":[");
            int parties = vehicles + (pedestrian ? 1 : 0);
            String[] responsibility = responsibilities(parties);
            int[] shares = parties == 3 ? new int[] {60, 30, 10} : null;
            int injured = Math.min(r.casualties, parties);
            for (int p = 0; p < parties; p++) {
                boolean walker = pedestrian && p == parties - 1;
                long person = n * 4 + p;
                LocalDate born = LocalDate.of(1960, 1, 1).plusDays(person * 37 % 16000);
                String id = residentId(DIVISIONS[(int) (person % DIVISIONS.length)], born, (int) (person % 1000));
                if (p > 0) {
                    j.append(',');
                }
                j.append("{\"ref\":\"P").append(p + 1).append("\",\"role\":\"").append(walker ? "PEDESTRIAN" : "DRIVER")
                        .append("\",\"name\":\"").append(SURNAMES[(int) (person % SURNAMES.length)])
                        .append(GIVEN[(int) (person / 3 % GIVEN.length)]).append("\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"")
                        .append(id).append("\",\"gender\":\"").append((id.charAt(16) - '0') % 2 == 1 ? "M" : "F")
                        .append("\",\"birthDate\":\"").append(born).append("\",\"phone\":\"13")
                        .append(String.format(Locale.ROOT, "%09d", person % 1_000_000_000L)).append('"');
                if (!walker) {
                    j.append(",\"vehicleRef\":\"V").append(p + 1).append('"');
                }
                if (finding) {
                    j.append(",\"responsibility\":\"").append(responsibility[p]).append('"');
                    if (shares != null) {
                        j.append(",\"responsibilityShare\":").append(shares[p]);
                    }
                }
                String injury = p >= parties - injured ? (r.severity == 1 ? "FATAL" : r.severity == 2 ? "SERIOUS" : "MINOR") : "NONE";
                j.append(",\"injury\":\"").append(injury).append("\"}");
            }
            j.append("],\"vehicles\":[");
            for (int v = 0; v < vehicles; v++) {
                long car = n * 4 + v;
                String insurer = INSURERS[(int) (car % INSURERS.length)];
                LocalDate from = day.minusDays(car % 300);
                if (v > 0) {
                    j.append(',');
                }
                j.append("{\"ref\":\"V").append(v + 1).append("\",\"plate\":\"").append(plate(car))
                        .append("\",\"category\":\"CAR\",\"motorVehicle\":true,\"vin\":\"").append(vin(car))
                        .append("\",\"damage\":\"").append(v == 0 ? "MODERATE" : "MINOR").append("\",\"policies\":[")
                        .append("{\"kind\":\"COMPULSORY\",\"insurerCode\":\"").append(insurer).append("\",\"policyNumber\":\"")
                        .append(insurer).append("JQ").append(report).append(v).append("\",\"validFrom\":\"").append(from)
                        .append("\",\"validTo\":\"").append(from.plusYears(1).minusDays(1)).append("\"},")
                        .append("{\"kind\":\"COMMERCIAL_THIRD_PARTY\",\"insurerCode\":\"").append(insurer)
                        .append("\",\"policyNumber\":\"").append(insurer).append("SZ").append(report).append(v)
                        .append("\",\"validFrom\":\"").append(from).append("\",\"validTo\":\"")
                        .append(from.plusYears(1).minusDays(1)).append("\",\"limit\":\"1000000.00\"}]}");
            }
            j.append("]}");
            return new File(report, occurredAt, division, r, j.toString());
        }

        private static String road(Stats19Row r) {
            String cls = switch (r.roadClass) {
                case "1" -> "M";
                case "2", "3" -> "A";
                case "4" -> "B";
                case "5" -> "C";
                default -> "";
            };
            return cls.isEmpty() || r.roadNumber.equals("0") || r.roadNumber.equals("-1") ? "未分级道路" : cls + r.roadNumber;
        }

        private static String narrative(Stats19Row r, int vehicles, boolean pedestrian) {
            return r.occurred.toLocalDate() + " " + r.occurred.toLocalTime() + "，在限速" + r.speedLimit + "英里/小时的"
                    + road(r) + "路段，" + (pedestrian ? "一辆小型轿车与一名行人发生碰撞" : vehicles + "辆机动车发生碰撞")
                    + "，造成" + r.casualties + "人受伤、车辆损坏。事故经现场勘查、调取监控视频及询问当事人查明："
                    + "甲车驾驶人驾车行经该路段时未注意观察前方交通情况，未与前车保持足以采取紧急制动措施的安全距离，"
                    + "发现险情后采取措施不及，致车辆发生碰撞。事故发生后当事人报警，交警到场处置，伤者送医救治。";
        }

        private static String[] responsibilities(int parties) {
            return switch (parties) {
                case 1 -> new String[] {"FULL"};
                case 2 -> new String[] {"MAIN", "SECONDARY"};
                default -> new String[] {"MAIN", "SECONDARY", "SECONDARY"};
            };
        }

        private static void code(List<String> env, String field, String value) {
            if (value != null) {
                env.add("\"" + field + "\":\"" + value + "\"");
            }
        }

        private static String weather(int code) {
            return switch (code) {
                case 1, 4 -> "CLEAR";
                case 2, 5 -> "RAIN";
                case 3, 6 -> "SNOW";
                case 7 -> "FOG";
                case 8 -> "OTHER";
                default -> null;
            };
        }

        private static String light(int code) {
            return switch (code) {
                case 1 -> "DAYLIGHT";
                case 4 -> "DARK_LIT";
                case 5, 6 -> "DARK_UNLIT";
                default -> null;
            };
        }

        private static String surface(int code) {
            return switch (code) {
                case 1 -> "DRY";
                case 2, 5 -> "WET";
                case 3, 4 -> "ICE_SNOW";
                case 6, 7 -> "OTHER";
                default -> null;
            };
        }

        /** GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character. */
        static String residentId(String division, LocalDate born, int serial) {
            String body = division + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format(Locale.ROOT, "%03d", serial);
            int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * weights[i];
            }
            return body + "10X98765432".charAt(sum % 11);
        }

        /** GA 36-2018 ordinary plate of 驻马店 (豫Q), five of 0-9 A-Z without I and O. */
        static String plate(long n) {
            StringBuilder p = new StringBuilder("豫Q");
            long x = n;
            for (int i = 0; i < 5; i++) {
                p.append(PLATE_CHARS.charAt((int) (x % PLATE_CHARS.length())));
                x /= PLATE_CHARS.length();
            }
            return p.toString();
        }

        /** ISO 3779 VIN with the GB 16735 check digit at position 9. */
        static String vin(long n) {
            char[] v = ("LSV" + "AU2A3" + "0" + "N2" + "000000").toCharArray();
            long x = n;
            for (int i = 16; i >= 11; i--) {
                v[i] = VIN_CHARS.charAt((int) (x % VIN_CHARS.length()));
                x /= VIN_CHARS.length();
            }
            int[] weights = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += value(v[i]) * weights[i];
            }
            int check = sum % 11;
            v[8] = check == 10 ? 'X' : (char) ('0' + check);
            return new String(v);
        }

        private static int value(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            return "12345678_12345_7_923456789".charAt(c - 'A') - '0';
        }
    }

    // -------------------------------------------------------------------------------------------------------
    static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }

    static String need(Map<String, String> opt, String key) {
        String v = opt.get(key);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("--" + key + " is required");
        }
        return v;
    }
}
