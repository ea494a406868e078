import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile inputs against a running hub (bench/reliability/hostile-corpus.sh runs it; single-file Java 17
 * program, no dependencies): malformed JSON, a wrong type in every field of a real police file, huge strings,
 * deep nesting, invalid codes, duplicate keys, invalid UTF-8, wrong content types, oversize bodies, bad
 * multipart, bad STATS19 CSV headers and rows, hostile query parameters and case ids, path traversal in
 * attachment names, XML, and broken tokens. Every answer must be a 4xx problem - never 5xx, never a hang -
 * except where a case says otherwise (a search that finds nothing, a CSV whose every row is rejected), and
 * nothing may be stored: the police unit's case count is the same before and after.
 *
 *   java bench/reliability/HostileCorpus.java HUB_URL TOKEN TEMPLATE_JSON [SAMPLE_CSV]
 *
 * Prints one line per failed case and "N passed, M failed"; exits 1 on any failure. Loopback only; the
 * requests are paced below the hub's per-client rate limit and each has a 30 s timeout.
 */
public class HostileCorpus {

    /** What a case must get back. */
    enum Expect {
        /** 400-499 (429 is retried, never counted). */
        CLIENT_ERROR(status -> status >= 400 && status < 500 && status != 429),
        /** 200 with an empty page: a strange but legal search finds nothing, and leaks nothing. */
        NOTHING_FOUND(status -> status == 200),
        /** 200 with a STATS19 summary in which no row was stored. */
        NOTHING_STORED(status -> status == 200),
        /** 200 with a page of at most 100 (API conventions: size is capped). */
        SIZE_CAPPED(status -> status == 200);

        final Predicate<Integer> status;

        Expect(Predicate<Integer> status) {
            this.status = status;
        }
    }

    record Case(String category, String name, String method, String path, String contentType, byte[] body,
            Map<String, String> headers, Expect expect) {
    }

    private static final Duration PACE = Duration.ofMillis(25); // 40 requests/s: under the 100/s rate limit
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final Pattern STORED = Pattern.compile(
            "\"stored\"\\s*:\\s*\\{\\s*\"created\"\\s*:\\s*(\\d+)\\s*,\\s*\"revised\"\\s*:\\s*(\\d+)");

    private final String hub;
    private final String token;
    // HTTP/1.1 as partner systems use it (the JDK client would otherwise upgrade to h2c)
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Case> cases = new ArrayList<>();
    private final String prefix = "HOSTILE" + System.currentTimeMillis() / 1000;
    private int serial;

    HostileCorpus(String hub, String token) {
        this.hub = hub;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java HostileCorpus.java HUB_URL TOKEN TEMPLATE_JSON [SAMPLE_CSV]");
            System.exit(2);
        }
        HostileCorpus corpus = new HostileCorpus(args[0], args[1]);
        String template = Files.readString(Path.of(args[2]));
        List<String> sample = args.length > 3 && Files.isReadable(Path.of(args[3]))
                ? Files.readAllLines(Path.of(args[3])) : List.of();
        corpus.build(template, sample);
        System.exit(corpus.run() ? 0 : 1);
    }

    // ------------------------------------------------------------------------------------------------------
    // the corpus
    // ------------------------------------------------------------------------------------------------------

    void build(String template, List<String> sample) {
        malformedJson(template);
        wrongTypes(template);
        hugeStrings(template);
        deepNesting(template);
        invalidCodes(template);
        duplicateKeys(template);
        invalidUtf8(template);
        wrongContentTypes(template);
        oversizeBodies(template);
        badMultipart(template);
        badCsv(sample);
        hostileQueries();
        hostileCaseIds();
        xmlBodies();
        brokenTokens(template);
    }

    private void malformedJson(String template) {
        String file = fresh(template);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty body", "");
        bodies.put("only whitespace", "   \n\t ");
        bodies.put("null", "null");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"accident\"");
        bodies.put("a number", "42");
        bodies.put("true", "true");
        bodies.put("truncated in the middle", file.substring(0, file.length() / 2));
        bodies.put("truncated by one character", file.substring(0, file.length() - 2));
        bodies.put("trailing comma", file.replaceFirst("\\}\\s*$", ",}"));
        bodies.put("trailing garbage", file + "xyz");
        bodies.put("two documents", file + file);
        bodies.put("single quotes", file.replace('"', '\''));
        bodies.put("unquoted keys", file.replaceAll("\"(\\w+)\":", "$1:"));
        bodies.put("comment", "/* police */" + file);
        bodies.put("NaN latitude", file.replaceFirst("\"latitude\": [0-9.]+", "\"latitude\": NaN"));
        bodies.put("Infinity longitude", file.replaceFirst("\"longitude\": [0-9.]+", "\"longitude\": Infinity"));
        bodies.put("unterminated string", "{\"formatVersion\": \"1.0");
        bodies.put("mismatched brackets", "{\"parties\": [}]");
        bodies.put("raw control character", file.replaceFirst("\"narrative\": \"", "\"narrative\": \"\u0001\u0007"));
        bodies.put("invalid escape", file.replaceFirst("\"narrative\": \"", "\"narrative\": \"\\\\q"));
        bodies.put("byte-order mark then garbage", "\uFEFF@@@");
        bodies.put("hex number", file.replaceFirst("\"latitude\": [0-9.]+", "\"latitude\": 0x20"));
        bodies.put("leading zeros", file.replaceFirst("\"latitude\": [0-9.]+", "\"latitude\": 0032.98"));
        bodies.forEach((name, body) -> police("malformed JSON", name, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every field of the template, one at a time, given a value of the wrong JSON type. */
    private void wrongTypes(String template) {
        String file = fresh(template);
        Matcher field = Pattern.compile("\"(\\w+)\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|\\{|\\[)")
                .matcher(file);
        int count = 0;
        while (field.find() && count < 90) {
            String key = field.group(1);
            String value = field.group(2);
            String wrong = switch (value.charAt(0)) {
                case '"' -> "12345";
                case '{' -> "[]";
                case '[' -> "{}";
                case 't', 'f' -> "\"yes\"";
                case 'n' -> "{}";
                default -> "\"not a number\"";
            };
            String body;
            if (value.equals("{") || value.equals("[")) {
                int end = matching(file, field.end(2) - 1);
                body = file.substring(0, field.start(2)) + wrong + file.substring(end + 1);
            } else {
                body = file.substring(0, field.start(2)) + wrong + file.substring(field.end(2));
            }
            if (key.equals("reportNumber")) {
                continue; // replaced below with a number; keeps every other case's report number fresh
            }
            police("wrong type", key + " #" + (++count) + " as " + wrong, body.getBytes(StandardCharsets.UTF_8));
        }
        police("wrong type", "reportNumber as a number",
                file.replaceFirst("\"reportNumber\": \"[^\"]*\"", "\"reportNumber\": 4117022026000123")
                        .getBytes(StandardCharsets.UTF_8));
        police("wrong type", "the whole file as an array of itself", ("[" + file + "]").getBytes(StandardCharsets.UTF_8));
    }

    private void hugeStrings(String template) {
        String file = fresh(template);
        String oneMiB = "事".repeat(400_000); // 1.2 MB of UTF-8
        String tenK = "A".repeat(10_000);
        police("huge string", "narrative over 1 MiB (413)", replaceString(file, "narrative", oneMiB));
        police("huge string", "narrative of 300,000 characters", replaceString(file, "narrative", "事".repeat(300_000)));
        police("huge string", "reportNumber of 10,000 characters", replaceString(file, "reportNumber", tenK));
        police("huge string", "party name of 10,000 characters", replaceString(file, "name", tenK));
        police("huge string", "unit code of 10,000 digits", replaceString(file, "unitCode", "4".repeat(10_000)));
        police("huge string", "plate of 10,000 characters", replaceString(file, "plate", tenK));
        police("huge string", "key of 100,000 characters",
                file.replaceFirst("\\{", "{\"" + "k".repeat(100_000) + "\": 1,").getBytes(StandardCharsets.UTF_8));
        police("huge string", "100,000 unknown fields", file.replaceFirst("\\{", "{" + unknownFields(100_000))
                .getBytes(StandardCharsets.UTF_8));
        police("huge string", "array of 200,000 parties' refs",
                file.replaceFirst("\"parties\": \\[", "\"parties\": [" + "\"P\",".repeat(200_000))
                        .getBytes(StandardCharsets.UTF_8));
        police("huge string", "number with 100,000 digits",
                file.replaceFirst("\"latitude\": [0-9.]+", "\"latitude\": " + "9".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8));
    }

    private void deepNesting(String template) {
        String file = fresh(template);
        police("deep nesting", "10,000 nested arrays", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes());
        police("deep nesting", "10,000 nested objects",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes());
        police("deep nesting", "10,000 nested arrays as the narrative",
                replaceRaw(file, "narrative", "[".repeat(10_000) + "]".repeat(10_000)));
        police("deep nesting", "10,000 nested objects as the location",
                replaceRaw(file, "location", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)));
        police("deep nesting", "100,000 unclosed arrays", "[".repeat(100_000).getBytes());
        police("deep nesting", "1,001 nested arrays", ("[".repeat(1_001) + "]".repeat(1_001)).getBytes());
    }

    private void invalidCodes(String template) {
        String file = fresh(template);
        String[][] codes = {
            {"procedure", "FAST"}, {"level", "CATASTROPHIC"}, {"form", "SIDEWAYS"}, {"weather", "SUNNY"},
            {"light", "NIGHT"}, {"roadSurface", "LAVA"}, {"kind", "VERDICT"}, {"role", "DRIVER;DROP TABLE cases"},
            {"idType", "PASSPORT2"}, {"gender", "X"}, {"responsibility", "SOME"}, {"injury", "SCRATCH"},
            {"category", "SPACESHIP"}, {"divisionCode", "999999"}, {"idNumber", "411702198503141231"},
            {"formatVersion", "9.9"}, {"occurredAt", "2026-02-30T08:15:00+08:00"}, {"occurredAt", "2999-01-01T00:00:00+08:00"},
            {"birthDate", "1985-13-14"}, {"phone", "not a phone"}, {"vin", "IOQ00000000000000"},
            {"plate", "ABC"}, {"unitCode", "41170000000X"}, {"reportNumber", "../../etc/passwd"},
        };
        for (String[] code : codes) {
            police("invalid code", code[0] + " = " + code[1], replaceString(file, code[0], code[1]));
        }
        police("invalid code", "latitude 91", file.replaceFirst("\"latitude\": [0-9.]+", "\"latitude\": 91")
                .getBytes(StandardCharsets.UTF_8));
        police("invalid code", "share 150", file.replaceFirst("\"responsibility\": \"MAIN\"",
                "\"responsibility\": \"MAIN\", \"responsibilityShare\": 150").getBytes(StandardCharsets.UTF_8));
    }

    private void duplicateKeys(String template) {
        String file = fresh(template);
        police("duplicate key", "reportNumber twice",
                file.replaceFirst("\\{", "{\"reportNumber\": \"" + prefix + "-DUP\",").getBytes(StandardCharsets.UTF_8));
        police("duplicate key", "sender twice", file.replaceFirst("\\{",
                "{\"sender\": {\"system\": \"X\", \"unitCode\": \"411624000000\", \"unitName\": \"x\"},")
                .getBytes(StandardCharsets.UTF_8));
        police("duplicate key", "unitCode twice in sender", file.replaceFirst("\"unitCode\": \"411700000000\"",
                "\"unitCode\": \"411700000000\", \"unitCode\": \"411624000000\"").getBytes(StandardCharsets.UTF_8));
        police("duplicate key", "level twice", file.replaceFirst("\"level\": \"ORDINARY\"",
                "\"level\": \"ORDINARY\", \"level\": \"MINOR\"").getBytes(StandardCharsets.UTF_8));
        police("duplicate key", "the same key 10,000 times", ("{" + "\"a\": 1,".repeat(9_999) + "\"a\": 1}").getBytes());
    }

    private void invalidUtf8(String template) {
        String file = fresh(template);
        byte[][] sequences = {
            {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
        };
        for (byte[] sequence : sequences) {
            police("invalid UTF-8", "narrative with " + hex(sequence), insertBytes(file, "\"narrative\": \"", sequence));
        }
        police("invalid UTF-8", "UTF-16 body", file.getBytes(StandardCharsets.UTF_16));
        police("invalid UTF-8", "Latin-1 body", file.replace("驻", "é").getBytes(StandardCharsets.ISO_8859_1));
        police("invalid UTF-8", "NUL bytes", insertBytes(file, "\"narrative\": \"", new byte[] {0, 0, 0}));
        stats19("invalid UTF-8", "a CSV header of invalid UTF-8", new byte[] {(byte) 0xC3, 0x28, ',', (byte) 0xFF, '\n'},
                Expect.CLIENT_ERROR);
    }

    private void wrongContentTypes(String template) {
        byte[] file = fresh(template).getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "text/xml", "application/x-www-form-urlencoded",
                "image/png", "application/octet-stream", "application/javascript", "text/csv", "garbage", "a/b/c",
                "multipart/form-data")) {
            add("wrong content type", "police file as " + type, "POST", "/api/v1/police/accident-files", type, file,
                    Expect.CLIENT_ERROR);
        }
        // no type, */*, or JSON with a strange charset is read as JSON (the framework is lenient there): such a
        // request carries a file with a bad code, which must still be refused
        byte[] invalid = replaceString(fresh(template), "level", "CATASTROPHIC");
        for (String lenient : List.of("*/*", "application/json; charset=\"", "application/json; charset=latin-1")) {
            add("wrong content type", "invalid police file as " + lenient, "POST", "/api/v1/police/accident-files",
                    lenient, invalid, Expect.CLIENT_ERROR);
        }
        add("wrong content type", "invalid police file without a content type", "POST",
                "/api/v1/police/accident-files", null, invalid, Expect.CLIENT_ERROR);
        for (String type : List.of("application/json", "application/xml", "text/plain", "application/octet-stream")) {
            add("wrong content type", "STATS19 as " + type, "POST", "/api/v1/police/stats19", type,
                    "accident_index\n1\n".getBytes(), Expect.CLIENT_ERROR);
        }
        add("wrong content type", "attachment PUT as application/json", "PUT",
                "/api/v1/cases/" + UUID.randomUUID() + "/attachments/scene.jpg", "application/json", "{}".getBytes(),
                Expect.CLIENT_ERROR);
    }

    private void oversizeBodies(String template) {
        String file = fresh(template);
        police("oversize", "JSON body of 1 MiB + 1", padded(file, 1024 * 1024 + 1));
        police("oversize", "JSON body of 5 MiB", padded(file, 5 * 1024 * 1024));
        // a chunked body (no Content-Length) just over the 100 MiB request limit, streamed from memory
        // rows that are read (and rejected: no police_force) until the limit stops the stream
        add("oversize", "STATS19 CSV of 101 MiB without a length", "POST", "/api/v1/police/stats19", "text/csv", null,
                Map.of("X-Stream-Bytes", Long.toString(101L * 1024 * 1024),
                        "X-Stream-Head", "accident_index,accident_severity,date,time,police_force\n",
                        "X-Stream-Line", "2022010352073,3,05/01/2022,16:40,\n"), Expect.CLIENT_ERROR);
        // a declared length over the limit is refused before the body is read (Expect: 100-continue, so that the
        // client waits for that answer instead of racing it with 101 MiB)
        add("oversize", "police JSON declaring 101 MiB", "POST", "/api/v1/police/accident-files",
                "application/json", null, Map.of("X-Stream-Bytes", Long.toString(101L * 1024 * 1024),
                        "X-Stream-Declared", "true"), Expect.CLIENT_ERROR);
        add("oversize", "STATS19 CSV declaring 101 MiB", "POST", "/api/v1/police/stats19",
                "text/csv", null, Map.of("X-Stream-Bytes", Long.toString(101L * 1024 * 1024),
                        "X-Stream-Declared", "true"), Expect.CLIENT_ERROR);
    }

    private void badMultipart(String template) {
        String file = fresh(template);
        String boundary = "hostile-boundary";
        String type = "multipart/form-data; boundary=" + boundary;
        String police = "/api/v1/police/accident-files";
        add("bad multipart", "no boundary parameter", "POST", police, "multipart/form-data",
                multipart(boundary, part("file", "f.json", "application/json", file)), Expect.CLIENT_ERROR);
        add("bad multipart", "wrong boundary", "POST", police, "multipart/form-data; boundary=other",
                multipart(boundary, part("file", "f.json", "application/json", file)), Expect.CLIENT_ERROR);
        add("bad multipart", "truncated body", "POST", police, type,
                truncate(multipart(boundary, part("file", "f.json", "application/json", file)), 200), Expect.CLIENT_ERROR);
        add("bad multipart", "no closing boundary", "POST", police, type,
                ("--" + boundary + "\r\n" + part("file", "f.json", "application/json", file)).getBytes(StandardCharsets.UTF_8),
                Expect.CLIENT_ERROR);
        add("bad multipart", "empty multipart", "POST", police, type, ("--" + boundary + "--\r\n").getBytes(),
                Expect.CLIENT_ERROR);
        add("bad multipart", "no part named file", "POST", police, type,
                multipart(boundary, part("document", "f.json", "application/json", file)), Expect.CLIENT_ERROR);
        add("bad multipart", "file part of malformed JSON", "POST", police, type,
                multipart(boundary, part("file", "f.json", "application/json", "{\"a\":")), Expect.CLIENT_ERROR);
        add("bad multipart", "part without headers", "POST", police, type,
                ("--" + boundary + "\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8),
                Expect.CLIENT_ERROR);
        for (String name : List.of("../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/passwd", "scene.jpg\u0000.exe",
                "%2e%2e%2fsecret", "a/../../b.jpg", "\u202Egpj.exe", "CON", "x".repeat(5_000))) {
            add("path traversal", "attachment filename " + shorten(name), "POST", police, type,
                    multipart(boundary, part("file", "f.json", "application/json", file),
                            part("attachment", name, "image/jpeg", "not really a jpeg")), Expect.CLIENT_ERROR);
        }
        String stats19 = "/api/v1/police/stats19";
        add("bad multipart", "STATS19 without the collisions part", "POST", stats19, type,
                multipart(boundary, part("vehicles", "v.csv", "text/csv", "accident_index\n1\n")), Expect.CLIENT_ERROR);
        add("bad multipart", "STATS19 with an empty collisions part", "POST", stats19, type,
                multipart(boundary, part("collisions", "c.csv", "text/csv", "")), Expect.CLIENT_ERROR);
        add("bad multipart", "STATS19 vehicles without an index column", "POST", stats19, type,
                multipart(boundary, part("collisions", "c.csv", "text/csv", "accident_index\n1\n"),
                        part("vehicles", "v.csv", "text/csv", "vehicle_reference,vehicle_type\n1,9\n")),
                Expect.CLIENT_ERROR);
    }

    private void badCsv(List<String> sample) {
        String header = sample.isEmpty()
                ? "accident_index,police_force,accident_severity,date,time"
                : sample.get(0).replace("\uFEFF", "");
        String row = sample.size() > 1 ? sample.get(1) : "2022010352073,1,3,05/01/2022,16:40";
        String index = row.substring(0, row.indexOf(','));
        Map<String, String> files = new LinkedHashMap<>();
        files.put("empty body", "");
        files.put("only a byte-order mark", "\uFEFF");
        files.put("only blank lines", "\n\n\r\n");
        files.put("header without an index column", header.replace("accident_index", "idx") + "\n" + row + "\n");
        files.put("header without police_force", header.replace("police_force", "force") + "\n" + row + "\n");
        files.put("duplicate index column", "accident_index," + header + "\n" + index + "," + row + "\n");
        files.put("header of 1,000 columns", "accident_index," + "c,".repeat(999) + "\n");
        files.put("header of 70,000 characters", "accident_index," + "x".repeat(70_000) + "\n");
        files.put("unterminated quote in the header", "\"accident_index," + header + "\n");
        files.put("binary garbage", "\u0000\u0001\u0002\u0003\u00ff");
        files.put("an XML document", "<?xml version=\"1.0\"?><collisions><c/></collisions>");
        files.put("a JSON document", "{\"accident_index\": \"1\"}");
        files.forEach((name, body) -> stats19("bad CSV header", name, body.getBytes(StandardCharsets.UTF_8),
                Expect.CLIENT_ERROR));

        // files that can be read but whose every row is bad: 200 with every row rejected, nothing stored
        String fresh = prefix.substring(prefix.length() - 9);
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("a row of the wrong length", row + ",extra");
        rows.put("a quote in an unquoted value", row.replaceFirst(",", ",E09\"0,"));
        rows.put("an unterminated quote", row + ",\"never closed");
        rows.put("an unknown severity", withColumn(header, row, "accident_severity", "7"));
        rows.put("an impossible date", withColumn(header, row, "date", "31/02/2022"));
        rows.put("a time of 24:00", withColumn(header, row, "time", "24:00"));
        rows.put("a future date", withColumn(header, row, "date", "01/01/2999"));
        rows.put("a longitude of 200", withColumn(header, row, "longitude", "200.5"));
        rows.put("a NaN latitude", withColumn(header, row, "latitude", "NaN"));
        rows.put("an index with a path", withColumn(header, row, "accident_index", "../../etc/passwd"));
        rows.put("an index of 1,000 characters", withColumn(header, row, "accident_index", "9".repeat(1_000)));
        rows.put("a SQL injection as index", withColumn(header, row, "accident_index", "1';DROP TABLE cases;--"));
        rows.put("an unknown police force", withColumn(header, row, "police_force", "2"));
        rows.put("a row of 70,000 characters", row + "," + "x".repeat(70_000));
        rows.put("a replacement character in the index", withColumn(header, row, "accident_index", fresh + "\uFFFD"));
        rows.forEach((name, bad) -> stats19("bad CSV row", name,
                (header + "\r\n" + bad + "\r\n").getBytes(StandardCharsets.UTF_8), Expect.NOTHING_STORED));
        byte[] latin = (header + "\r\n" + withColumn(header, row, "accident_index", fresh + "\u00e9") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        stats19("bad CSV row", "Latin-1 bytes in the index", latin, Expect.NOTHING_STORED);
    }

    private void hostileQueries() {
        String[][] queries = {
            {"page", "-1"}, {"page", "abc"}, {"page", "99999999999999999999"}, {"size", "0"}, {"size", "-5"},
            {"size", "1e3"}, {"from", "yesterday"}, {"from", "2026-13-45"},
            {"to", "2026-02-30T25:61:00Z"}, {"from", "9".repeat(5_000)}, {"page", "1.5"}, {"size", "0x10"},
        };
        for (String[] query : queries) {
            add("hostile query", query[0] + "=" + shorten(query[1]), "GET",
                    "/api/v1/cases?" + query[0] + "=" + encode(query[1]), null, null, Expect.CLIENT_ERROR);
        }
        add("hostile query", "a query string of 20,000 characters", "GET", "/api/v1/cases?plate=" + "9".repeat(20_000),
                null, null, Expect.CLIENT_ERROR);
        add("hostile query", "from after to", "GET", "/api/v1/cases?from=2026-12-01T00:00:00Z&to=2026-01-01T00:00:00Z",
                null, null, Expect.CLIENT_ERROR);
        // API conventions: the page size is capped, not refused
        add("hostile query", "size=1000000 is capped", "GET", "/api/v1/cases?size=1000000", null, null,
                Expect.SIZE_CAPPED);
        String[][] legal = {
            {"plate", "' OR 1=1 --"}, {"reportNumber", "x' UNION SELECT * FROM inbound_records --"},
            {"plate", "%00"}, {"reportNumber", "../../etc/passwd"}, {"plate", "豫Q" + "9".repeat(1_000)},
            {"reportNumber", "\u0000"}, {"plate", "<script>alert(1)</script>"}, {"reportNumber", "*"},
        };
        for (String[] query : legal) {
            add("hostile query", query[0] + "=" + shorten(query[1]) + " finds nothing", "GET",
                    "/api/v1/cases?" + query[0] + "=" + encode(query[1]), null, null, Expect.NOTHING_FOUND);
        }
    }

    private void hostileCaseIds() {
        for (String id : List.of("not-a-uuid", "..%2F..%2Fetc%2Fpasswd", "00000000-0000-0000-0000-000000000000",
                UUID.randomUUID().toString(), "%27%20OR%201%3D1", "x".repeat(3_000))) {
            add("hostile case id", "GET case " + shorten(id), "GET", "/api/v1/cases/" + id, null, null,
                    Expect.CLIENT_ERROR);
        }
        add("hostile case id", "revision -1", "GET", "/api/v1/cases/" + UUID.randomUUID() + "/revisions/-1", null, null,
                Expect.CLIENT_ERROR);
        add("hostile case id", "revision 99999999999", "GET", "/api/v1/cases/" + UUID.randomUUID()
                + "/revisions/99999999999", null, null, Expect.CLIENT_ERROR);
        for (String name : List.of("..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "..", "scene.jpg%00.exe")) {
            add("path traversal", "PUT attachment " + name, "PUT", "/api/v1/cases/" + UUID.randomUUID()
                    + "/attachments/" + name, "image/jpeg", "x".getBytes(), Expect.CLIENT_ERROR);
        }
    }

    private void xmlBodies() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;"
                + "&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><l>&c;</l>";
        for (String type : List.of("application/xml", "text/xml")) {
            add("XML", "XXE as " + type + " to police", "POST", "/api/v1/police/accident-files", type,
                    xxe.getBytes(), Expect.CLIENT_ERROR);
            add("XML", "billion laughs as " + type + " to police", "POST", "/api/v1/police/accident-files", type,
                    laughs.getBytes(), Expect.CLIENT_ERROR);
            add("XML", "XXE as " + type + " to STATS19", "POST", "/api/v1/police/stats19", type, xxe.getBytes(),
                    Expect.CLIENT_ERROR);
        }
        police("XML", "XXE labelled as JSON", xxe.getBytes());
        stats19("XML", "billion laughs labelled as CSV", laughs.getBytes(), Expect.CLIENT_ERROR);
    }

    private void brokenTokens(String template) {
        byte[] file = fresh(template).getBytes(StandardCharsets.UTF_8);
        String[] headers = {null, "Bearer", "Bearer ", "Bearer garbage", "Basic cG9saWNlOnBvbGljZQ==",
            "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "Bearer " + token.substring(0, token.length() - 5) + "AAAAA",
            "Bearer " + "A".repeat(20_000)};
        for (String header : headers) {
            Map<String, String> auth = new LinkedHashMap<>();
            auth.put("Authorization", header == null ? "" : header);
            add("broken token", header == null ? "no Authorization header" : "Authorization: " + shorten(header),
                    "POST", "/api/v1/police/accident-files", "application/json", file, auth, Expect.CLIENT_ERROR);
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // running
    // ------------------------------------------------------------------------------------------------------

    boolean run() throws Exception {
        long before = caseCount();
        int passed = 0;
        int failed = 0;
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Case c : cases) {
            String failure;
            try {
                failure = check(c, send(c));
            } catch (IOException | InterruptedException | RuntimeException e) {
                failure = "no answer: " + e;
            }
            int[] tally = byCategory.computeIfAbsent(c.category(), k -> new int[2]);
            if (failure == null) {
                passed++;
                tally[0]++;
            } else {
                failed++;
                tally[1]++;
                System.out.printf("FAIL [%s] %s %s %s: %s%n", c.category(), c.name(), c.method(), shorten(c.path()),
                        failure);
            }
            Thread.sleep(PACE.toMillis());
        }
        long after = caseCount();
        System.out.println();
        byCategory.forEach((category, tally) -> System.out.printf("  %-20s %4d passed %4d failed%n", category,
                tally[0], tally[1]));
        System.out.printf("%n%d hostile requests in %.1f s; cases of the unit before %d, after %d%n", cases.size(),
                (System.nanoTime() - started) / 1e9, before, after);
        if (after != before) {
            failed++;
            System.out.printf("FAIL [stored] %d cases were stored by hostile requests%n", after - before);
        } else {
            passed++;
        }
        System.out.printf("%d passed, %d failed%n", passed, failed);
        return failed == 0;
    }

    private String check(Case c, Answer answer) {
        int status = answer.status();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            return "answered " + status + " " + shorten(body);
        }
        if (!c.expect().status.test(status)) {
            return "answered " + status + ", expected " + c.expect() + ": " + shorten(body);
        }
        // 413, 414 and 431 come from the HTTP layer's limits, before the application sees the request
        if (c.expect() == Expect.CLIENT_ERROR && status != 413 && status != 414 && status != 431
                && !answer.contentType().startsWith("application/problem+json")) {
            return "answered " + status + " but not as application/problem+json";
        }
        if (c.expect() == Expect.NOTHING_FOUND) {
            Matcher total = TOTAL.matcher(body);
            if (!total.find() || !total.group(1).equals("0")) {
                return "a hostile search found something: " + shorten(body);
            }
        }
        if (c.expect() == Expect.SIZE_CAPPED) {
            Matcher size = Pattern.compile("\"size\"\\s*:\\s*(\\d+)").matcher(body);
            if (!size.find() || Integer.parseInt(size.group(1)) > 100) {
                return "the page size was not capped: " + shorten(body);
            }
        }
        if (c.expect() == Expect.NOTHING_STORED) {
            Matcher stored = STORED.matcher(body);
            if (!stored.find() || !stored.group(1).equals("0") || !stored.group(2).equals("0")) {
                return "a bad CSV row was stored: " + shorten(body);
            }
        }
        return null;
    }

    private Answer send(Case c) throws IOException, InterruptedException {
        if (c.headers().containsKey("X-Stream-Bytes") && !c.headers().containsKey("X-Stream-Declared")) {
            return chunked(c);
        }
        for (int attempt = 0; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hub + c.path()))
                    .timeout(Duration.ofSeconds(30));
            if (!c.headers().containsKey("Authorization")) {
                request.header("Authorization", "Bearer " + token);
            }
            c.headers().forEach((name, value) -> {
                if (!name.startsWith("X-Stream") && !value.isEmpty()) {
                    request.header(name, value);
                }
            });
            if (c.contentType() != null) {
                request.header("Content-Type", c.contentType());
            }
            HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(c.body());
            if (c.headers().containsKey("X-Stream-Bytes")) {
                long bytes = Long.parseLong(c.headers().get("X-Stream-Bytes"));
                body = HttpRequest.BodyPublishers.ofInputStream(() -> new Filler(
                        c.headers().getOrDefault("X-Stream-Head", ""), c.headers().getOrDefault("X-Stream-Line", "x"), bytes));
                if (c.headers().containsKey("X-Stream-Declared")) {
                    body = HttpRequest.BodyPublishers.fromPublisher(body, bytes);
                    request.expectContinue(true);
                }
            }
            request.method(c.method(), body);
            HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 429 || attempt >= 5) {
                return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                        answer.body());
            }
            long wait = answer.headers().firstValueAsLong("Retry-After").orElse(1);
            Thread.sleep(Math.min(wait, 5) * 1000); // the rate limit is not what this corpus tests
        }
    }

    /** What came back: status, Content-Type and body. */
    record Answer(int status, String contentType, byte[] body) {
    }

    /**
     * A chunked body of the case's size over a plain socket: written by one thread while this one waits for
     * the answer, because the hub answers (413) and closes as soon as the body passes the limit, and a
     * client that only reads after writing everything would see a broken connection instead.
     */
    private Answer chunked(Case c) throws IOException, InterruptedException {
        URI uri = URI.create(hub + c.path());
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nAuthorization: Bearer " + token + "\r\nContent-Type: " + c.contentType()
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            Thread writer = new Thread(() -> {
                try (InputStream body = new Filler(c.headers().getOrDefault("X-Stream-Head", ""),
                        c.headers().getOrDefault("X-Stream-Line", "x"), Long.parseLong(c.headers().get("X-Stream-Bytes")))) {
                    byte[] chunk = new byte[64 * 1024];
                    for (int n; (n = body.read(chunk, 0, chunk.length)) > 0; ) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closedByTheHub) {
                    // expected once the hub has answered
                }
            });
            writer.setDaemon(true);
            writer.start();
            InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
            for (int b; (b = in.read()) >= 0; ) {
                head.write(b);
                if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                    break;
                }
            }
            String headers = head.toString(StandardCharsets.ISO_8859_1);
            Matcher status = Pattern.compile("^HTTP/1\\.[01] (\\d{3})").matcher(headers);
            if (!status.find()) {
                throw new IOException("no HTTP answer: " + shorten(headers));
            }
            Matcher type = Pattern.compile("(?im)^content-type:\\s*(.+?)\\s*$").matcher(headers);
            byte[] body = new byte[0];
            try {
                body = in.readNBytes(64 * 1024);
            } catch (IOException cutShort) {
                // the hub closes the connection after its answer; the status is what matters
            }
            writer.interrupt();
            return new Answer(Integer.parseInt(status.group(1)), type.find() ? type.group(1) : "", body);
        }
    }

    /** The unit's cases as the API counts them (police see their unit's cases). */
    private long caseCount() throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(hub + "/api/v1/cases?size=1"))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher total = TOTAL.matcher(answer.body());
        if (answer.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("cannot count cases: " + answer.statusCode() + " " + answer.body());
        }
        return Long.parseLong(total.group(1));
    }

    // ------------------------------------------------------------------------------------------------------
    // helpers
    // ------------------------------------------------------------------------------------------------------

    private void police(String category, String name, byte[] body) {
        add(category, name, "POST", "/api/v1/police/accident-files", "application/json", body, Expect.CLIENT_ERROR);
    }

    private void stats19(String category, String name, byte[] body, Expect expect) {
        add(category, name, "POST", "/api/v1/police/stats19", "text/csv", body, expect);
    }

    private void add(String category, String name, String method, String path, String type, byte[] body, Expect expect) {
        add(category, name, method, path, type, body, Map.of(), expect);
    }

    private void add(String category, String name, String method, String path, String type, byte[] body,
            Map<String, String> headers, Expect expect) {
        cases.add(new Case(category, name, method, path, type, body, headers, expect));
    }

    /** The template under a report number of its own, so that nothing here can touch an existing case. */
    private String fresh(String template) {
        return template.replaceFirst("\"reportNumber\": \"[^\"]*\"",
                "\"reportNumber\": \"" + prefix + "-" + (++serial) + "\"");
    }

    private static byte[] replaceString(String file, String key, String value) {
        return file.replaceFirst("\"" + key + "\": \"[^\"]*\"", Matcher.quoteReplacement("\"" + key + "\": \"" + value + "\""))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceRaw(String file, String key, String raw) {
        Matcher field = Pattern.compile("\"" + key + "\":\\s*").matcher(file);
        if (!field.find()) {
            throw new IllegalArgumentException("no " + key + " in the template");
        }
        int start = field.end();
        int end = file.charAt(start) == '"' ? file.indexOf('"', start + 1) : matching(file, start);
        return (file.substring(0, start) + raw + file.substring(end + 1)).getBytes(StandardCharsets.UTF_8);
    }

    /** The position of the bracket closing the one at {@code open} (strings skipped). */
    private static int matching(String text, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if ((ch == '}' || ch == ']') && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced template");
    }

    private static byte[] insertBytes(String file, String after, byte[] inserted) {
        byte[] text = file.getBytes(StandardCharsets.UTF_8);
        byte[] marker = after.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(text, marker) + marker.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(text, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(text, at, text.length - at);
        return out.toByteArray();
    }

    private static int indexOf(byte[] text, byte[] marker) {
        outer:
        for (int i = 0; i <= text.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (text[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalArgumentException("marker not found");
    }

    private static byte[] padded(String file, int size) {
        byte[] text = file.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[Math.max(size, text.length)];
        System.arraycopy(text, 0, out, 0, text.length);
        java.util.Arrays.fill(out, text.length, out.length, (byte) ' ');
        return out;
    }

    private static String unknownFields(int count) {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < count; i++) {
            fields.append("\"u").append(i).append("\":1,");
        }
        return fields.toString();
    }

    private static String part(String name, String filename, String type, String content) {
        return "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n" + content + "\r\n";
    }

    private static byte[] multipart(String boundary, String... parts) {
        StringBuilder body = new StringBuilder();
        for (String part : parts) {
            body.append("--").append(boundary).append("\r\n").append(part);
        }
        body.append("--").append(boundary).append("--\r\n");
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] truncate(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }

    private static String withColumn(String header, String row, String column, String value) {
        List<String> names = List.of(header.split(","));
        String[] values = row.split(",", -1);
        int at = names.indexOf(column);
        if (at < 0 || at >= values.length) {
            return row + ",bad";
        }
        values[at] = value;
        return String.join(",", values);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02X ", b));
        }
        return out.toString().trim();
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 77) + "...";
    }

    /** A body of n bytes, a head then one line repeated, that exists only while it is sent. */
    private static final class Filler extends InputStream {
        private final byte[] head;
        private final byte[] line;
        private long position;
        private final long size;

        Filler(String head, String line, long size) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.line = line.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            long at = position++;
            return at < head.length ? head[(int) at] : line[(int) ((at - head.length) % line.length)];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
