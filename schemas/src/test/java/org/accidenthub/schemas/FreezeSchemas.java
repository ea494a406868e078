package org.accidenthub.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.avro.Schema;

/**
 * Freezes the current canonical schemas: for each top-level schema whose current form differs
 * from its newest frozen version, writes it as the next version
 * {@code avro-history/<full name>/v<N+1>.avsc} ({@code Schema.toString(true)}). A schema equal
 * to its newest frozen version is left alone, and nothing is written when a current schema
 * cannot read every frozen version of itself.
 *
 * <p>Run from the repository root or from {@code schemas/} after compiling (see the README):
 * <pre>
 * ./mvnw -B -q -pl schemas test-compile org.codehaus.mojo:exec-maven-plugin:3.5.1:java \
 *     -Dexec.classpathScope=test -Dexec.mainClass=org.accidenthub.schemas.FreezeSchemas
 * </pre>
 * or run {@code main} from an IDE. An optional argument names the history folder.
 */
public final class FreezeSchemas {

    static final Path HISTORY_IN_MODULE = Path.of("src/main/resources", CanonicalSchemas.HISTORY_ROOT);

    private static final Pattern VERSION_FILE = Pattern.compile("v([1-9][0-9]*)\\.avsc");

    private FreezeSchemas() {
    }

    public static void main(String[] args) throws IOException {
        Path history = args.length > 0 ? Path.of(args[0]) : locateHistory();
        boolean refused = false;
        for (Schema current : CanonicalSchemas.current()) {
            TreeMap<Integer, Schema> frozen = readVersions(history.resolve(current.getFullName()));
            List<String> problems = frozen.entrySet().stream()
                    .flatMap(v -> EvolutionGate.problems(current, v.getValue()).stream()
                            .map(p -> "  v" + v.getKey() + ": " + p))
                    .toList();
            if (!problems.isEmpty()) {
                refused = true;
                System.err.println("REFUSED " + current.getFullName()
                        + ": it cannot read data written with frozen versions:");
                problems.forEach(System.err::println);
                continue;
            }
            int newest = frozen.isEmpty() ? 0 : frozen.lastKey();
            if (newest > 0 && frozen.get(newest).equals(current)) {
                System.out.println("unchanged " + current.getFullName() + " (v" + newest + ")");
                continue;
            }
            Path file = history.resolve(current.getFullName()).resolve("v" + (newest + 1) + ".avsc");
            Files.createDirectories(file.getParent());
            Files.writeString(file, current.toString(true) + "\n", StandardCharsets.UTF_8);
            System.out.println("froze " + current.getFullName() + " as " + file + " (fingerprint "
                    + CanonicalSchemas.hexFingerprint(current) + ")");
        }
        if (refused) {
            System.exit(1);
        }
    }

    /**
     * The frozen versions in one schema's history folder, by version number.
     *
     * @throws IllegalStateException for a file not named {@code v<N>.avsc}
     */
    static TreeMap<Integer, Schema> readVersions(Path folder) throws IOException {
        TreeMap<Integer, Schema> versions = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return versions;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = VERSION_FILE.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    throw new IllegalStateException("Not a frozen schema file name (v<N>.avsc): " + file);
                }
                versions.put(Integer.valueOf(name.group(1)),
                        new Schema.Parser().parse(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return versions;
    }

    /** The history folder seen from the module directory or from the repository root. */
    static Path locateHistory() {
        for (Path module : List.of(Path.of("."), Path.of("schemas"))) {
            if (Files.isDirectory(module.resolve("src/main/avro"))) {
                return module.resolve(HISTORY_IN_MODULE).normalize();
            }
        }
        throw new IllegalStateException("Run from the repository root or from schemas/,"
                + " or pass the history folder as the argument");
    }
}
