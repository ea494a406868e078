package org.accidenthub.hub.stats19;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The STATS19 files of the tests: the real 700-row DfT sample (from the shared data folder beside
 * the repository when it is there, else the connector's copy) and the connector's hand-made vehicle
 * and casualty files; and posting them as a police unit would.
 */
final class Stats19Samples {

    static final String IMPORT = "/api/v1/police/stats19";
    static final String SAMPLE_NAME = "collision-2022-sample.csv";

    private Stats19Samples() {
    }

    /** The sample: run from hub-core, the shared folder is ../../shared (CI) or /work/shared. */
    static byte[] sample() {
        return read(Stream.of(Path.of("../../shared/data/stats19", SAMPLE_NAME),
                        Path.of("/work/shared/data/stats19", SAMPLE_NAME),
                        connectorResource(SAMPLE_NAME))
                .filter(Files::isReadable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("the STATS19 sample is missing")));
    }

    static byte[] vehicles() {
        return read(connectorResource("vehicles-handmade.csv"));
    }

    static byte[] casualties() {
        return read(connectorResource("casualties-handmade.csv"));
    }

    /** The sample's lines (header first, the byte-order mark removed), to cut smaller files from. */
    static List<String> sampleLines() {
        String text = new String(sample(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return List.of(text.split("\r?\n"));
    }

    /** A CSV of the header and the given lines, with the CRLF endings of the DfT files. */
    static byte[] csv(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    static Response post(String token, byte[] collisions) {
        return given().auth().oauth2(token).contentType("text/csv").body(collisions).post(IMPORT);
    }

    private static Path connectorResource(String name) {
        return Path.of("../connectors/src/test/resources/stats19", name);
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
    }
}
