package org.accidenthub.connectors.stats19;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accidenthub.connectors.spi.ReadContext;

/** Test files under src/test/resources/stats19, the real sample, and a fixed receipt time. */
final class Stats19Files {

    /** The hub received every test file at this instant (long after January 2022). */
    static final Instant RECEIVED_AT = Instant.parse("2026-11-01T00:00:00Z");
    static final ReadContext CONTEXT = new ReadContext(RECEIVED_AT);

    static final String SAMPLE = "collision-2022-sample.csv";
    static final String VEHICLES = "vehicles-handmade.csv";
    static final String CASUALTIES = "casualties-handmade.csv";

    /** The shared original of the sample; absent on machines without the shared folder. */
    static final Path SHARED_SAMPLE = Path.of("/work/shared/data/stats19/collision-2022-sample.csv");

    static final Stats19CollisionReader READER = new Stats19CollisionReader();

    private Stats19Files() {
    }

    /** The 700-row sample: the shared original where it exists, else the copy in the test resources. */
    static byte[] sample() {
        try {
            return Files.isReadable(SHARED_SAMPLE) ? Files.readAllBytes(SHARED_SAMPLE) : resource(SAMPLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Stats19Files.class.getResourceAsStream("/stats19/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Lines of the sample without the byte-order mark: [0] is the header. */
    static List<String> sampleLines() {
        return text(sample()).replace("\uFEFF", "").lines().toList();
    }

    /** A collision CSV of the sample's header and the given lines. */
    static String collisionCsv(String... rows) {
        return Stream.concat(Stream.of(sampleLines().get(0)), Stream.of(rows))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** A sample line with one column replaced (by header name). */
    static String withValue(String line, String column, String value) {
        List<String> header = List.of(sampleLines().get(0).split(",", -1));
        String[] values = line.split(",", -1);
        values[header.indexOf(column)] = value;
        return String.join(",", values);
    }

    static List<RowResult> read(byte[] collisions) {
        return READER.read(stream(collisions), CONTEXT).toList();
    }

    static List<RowResult> read(String collisions) {
        return read(collisions.getBytes(StandardCharsets.UTF_8));
    }

    static List<RowResult> read(byte[] collisions, byte[] vehicles, byte[] casualties) {
        return READER.read(stream(collisions), Optional.ofNullable(vehicles).map(Stats19Files::stream),
                Optional.ofNullable(casualties).map(Stats19Files::stream), CONTEXT).toList();
    }

    static List<RowResult> read(String collisions, String vehicles, String casualties) {
        return read(bytes(collisions), bytes(vehicles), bytes(casualties));
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    /** The result of the collision with this index. */
    static RowResult byIndex(List<RowResult> results, String index) {
        return results.stream()
                .filter(result -> result.table() == Stats19Table.COLLISION && index.equals(result.collisionIndex()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + index));
    }
}
