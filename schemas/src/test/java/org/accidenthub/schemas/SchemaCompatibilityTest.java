package org.accidenthub.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityResult;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The evolution gate: every current top-level schema must read data written with every frozen
 * version of itself, and every schema change must be frozen as a new version.
 */
class SchemaCompatibilityTest {

    /** One frozen version of a top-level schema, with the current schema that must read it. */
    record Frozen(String fullName, int version, Schema schema, Schema current) {
        @Override
        public String toString() {
            return current.getName() + " v" + version;
        }
    }

    static Stream<Frozen> frozenVersions() {
        return CanonicalSchemas.current().stream().flatMap(current -> {
            List<Schema> versions = CanonicalSchemas.frozenVersions(current.getFullName());
            return IntStream.range(0, versions.size())
                    .mapToObj(i -> new Frozen(current.getFullName(), i + 1, versions.get(i), current));
        });
    }

    static Stream<Schema> currentSchemas() {
        return CanonicalSchemas.current().stream();
    }

    @ParameterizedTest(name = "current {0}")
    @MethodSource("frozenVersions")
    void currentSchemaReadsDataWrittenWithTheFrozenVersion(Frozen frozen) {
        SchemaCompatibilityResult result = SchemaCompatibility
                .checkReaderWriterCompatibility(frozen.current(), frozen.schema())
                .getResult();

        assertThat(result.getCompatibility())
                .withFailMessage("Current %s cannot read data written with frozen v%d:%n  %s",
                        frozen.fullName(), frozen.version(),
                        result.getIncompatibilities().stream()
                                .map(EvolutionGate::describe)
                                .collect(Collectors.joining(System.lineSeparator() + "  ")))
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @ParameterizedTest(name = "current {0}")
    @MethodSource("frozenVersions")
    void currentSchemaReadsEveryValueWithTheLogicalTypeTheFrozenVersionWroteIt(Frozen frozen) {
        List<String> changes = EvolutionGate.logicalTypeChanges(frozen.current(), frozen.schema());

        assertThat(changes)
                .withFailMessage("Current %s reinterprets values written with frozen v%d:%n  %s",
                        frozen.fullName(), frozen.version(),
                        String.join(System.lineSeparator() + "  ", changes))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void everyCanonicalSchemaHasAtLeastOneFrozenVersion(Schema current) {
        assertThat(CanonicalSchemas.frozenVersions(current.getFullName()))
                .withFailMessage("%s has no frozen version in %s; run FreezeSchemas (see README)",
                        current.getFullName(), CanonicalSchemas.HISTORY_ROOT)
                .isNotEmpty();
    }

    /**
     * Enforced: the newest frozen version EQUALS the current schema (Avro's
     * {@code Schema.equals}, which ignores documentation, aliases and enum defaults). Mere
     * compatibility is not enough: the hub stores and publishes records with the current
     * schema's fingerprint as soon as it is deployed, so a schema that can be written must be
     * frozen, shipped in the jar, and protected by the gate from later edits.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void newestFrozenVersionIsTheCurrentSchema(Schema current) {
        List<Schema> versions = CanonicalSchemas.frozenVersions(current.getFullName());
        Schema newest = versions.isEmpty() ? null : versions.get(versions.size() - 1);

        assertThat(newest)
                .withFailMessage("%s differs from its newest frozen version v%d; freeze it as"
                        + " v%d with FreezeSchemas (see README)",
                        current.getFullName(), versions.size(), versions.size() + 1)
                .isEqualTo(current);
    }

    @Test
    void historyFolderHoldsExactlyTheVersionsTheJarLoads() throws IOException {
        Path history = FreezeSchemas.HISTORY_IN_MODULE;
        Map<String, List<String>> onDisk = new TreeMap<>();
        try (Stream<Path> folders = Files.list(history)) {
            for (Path folder : folders.toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    onDisk.put(folder.getFileName().toString(),
                            files.map(f -> f.getFileName().toString()).sorted().toList());
                }
            }
        }

        Map<String, List<String>> loaded = new TreeMap<>();
        for (Schema current : CanonicalSchemas.current()) {
            int count = CanonicalSchemas.frozenVersions(current.getFullName()).size();
            loaded.put(current.getFullName(),
                    IntStream.rangeClosed(1, count).mapToObj(v -> "v" + v + ".avsc").sorted().toList());
        }

        assertThat(onDisk)
                .as("files under %s (a stray folder, a gap in the numbering or a misnamed file"
                        + " would be silently ignored by CanonicalSchemas)", history)
                .isEqualTo(loaded);
    }
}
