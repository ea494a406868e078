package org.accidenthub.schemas;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * The evolution gate: can a reader schema read data written with a writer schema?
 *
 * <p>Two checks: Avro's own {@link SchemaCompatibility} (structure: fields, defaults, enum
 * symbols, types, names), and a check Avro does not make: the logical type of every value the
 * reader reads must be the one the writer wrote. Avro ignores logical types when resolving
 * schemas, and the fingerprint ignores them too, so changing {@code decimal(16,2)} to
 * {@code decimal(16,4)} or {@code timestamp-millis} to {@code timestamp-micros} would pass
 * Avro's check and silently misread every stored value by a factor of 100 or 1000.
 */
final class EvolutionGate {

    private EvolutionGate() {
    }

    /** Avro's verdict, as {@code SchemaCompatibility.checkReaderWriterCompatibility} gives it. */
    static List<Incompatibility> avroIncompatibilities(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                .getResult()
                .getIncompatibilities();
    }

    /**
     * Values whose logical type the reader would interpret differently from the writer: a
     * changed logical type name, a changed decimal scale, or a narrower decimal precision.
     * Fields and union branches are matched as Avro's schema resolution matches them.
     *
     * @return one line per change, naming the path of the value, empty when none
     */
    static List<String> logicalTypeChanges(Schema reader, Schema writer) {
        List<String> changes = new ArrayList<>();
        walk(reader, writer, reader.getName(), new HashSet<>(), changes);
        return changes;
    }

    /** Both checks, one line per problem; empty when the reader can read the writer's data. */
    static List<String> problems(Schema reader, Schema writer) {
        List<String> problems = new ArrayList<>();
        for (Incompatibility incompatibility : avroIncompatibilities(reader, writer)) {
            problems.add(describe(incompatibility));
        }
        problems.addAll(logicalTypeChanges(reader, writer));
        return problems;
    }

    static String describe(Incompatibility incompatibility) {
        return incompatibility.getType() + " at " + incompatibility.getLocation() + ": "
                + incompatibility.getMessage();
    }

    private static void walk(Schema reader, Schema writer, String path, Set<String> seen,
            List<String> out) {
        if (writer.getType() == Schema.Type.UNION) {
            for (Schema branch : writer.getTypes()) {
                Schema match = matchingReaderBranch(reader, branch);
                if (match != null) {
                    walk(match, branch, path, seen, out);
                }
            }
            return;
        }
        if (reader.getType() == Schema.Type.UNION) {
            Schema match = matchingReaderBranch(reader, writer);
            if (match != null) {
                walk(match, writer, path, seen, out);
            }
            return;
        }
        String change = logicalTypeChange(reader.getLogicalType(), writer.getLogicalType());
        if (change != null) {
            out.add(path + ": " + change);
        }
        if (reader.getType() != writer.getType()) {
            return; // a promotion or a mismatch; Avro's check judges the structure
        }
        switch (reader.getType()) {
            case RECORD -> {
                if (!seen.add(reader.getFullName() + "<-" + writer.getFullName())) {
                    return; // recursive type already walked
                }
                for (Schema.Field readerField : reader.getFields()) {
                    Schema.Field writerField = writerField(writer, readerField);
                    if (writerField != null) {
                        walk(readerField.schema(), writerField.schema(),
                                path + "/" + readerField.name(), seen, out);
                    }
                }
            }
            case ARRAY -> walk(reader.getElementType(), writer.getElementType(), path + "[]",
                    seen, out);
            case MAP -> walk(reader.getValueType(), writer.getValueType(), path + "{}", seen, out);
            default -> {
                // primitives, enums and fixed have no children
            }
        }
    }

    private static String logicalTypeChange(LogicalType reader, LogicalType writer) {
        String readerName = reader == null ? "none" : reader.getName();
        String writerName = writer == null ? "none" : writer.getName();
        if (!readerName.equals(writerName)) {
            return "logical type changed from " + writerName + " to " + readerName;
        }
        if (reader instanceof LogicalTypes.Decimal r && writer instanceof LogicalTypes.Decimal w) {
            if (r.getScale() != w.getScale()) {
                return "decimal scale changed from " + w.getScale() + " to " + r.getScale();
            }
            if (r.getPrecision() < w.getPrecision()) {
                return "decimal precision narrowed from " + w.getPrecision() + " to "
                        + r.getPrecision();
            }
        }
        return null;
    }

    private static Schema.Field writerField(Schema writer, Schema.Field readerField) {
        Schema.Field byName = writer.getField(readerField.name());
        if (byName != null) {
            return byName;
        }
        for (String alias : readerField.aliases()) {
            Schema.Field byAlias = writer.getField(alias);
            if (byAlias != null) {
                return byAlias;
            }
        }
        return null;
    }

    /** The reader branch Avro would resolve a writer value of this schema to, if any. */
    private static Schema matchingReaderBranch(Schema reader, Schema writerBranch) {
        List<Schema> candidates =
                reader.getType() == Schema.Type.UNION ? reader.getTypes() : List.of(reader);
        for (Schema candidate : candidates) {
            if (candidate.getType() == writerBranch.getType()
                    && (!isNamed(candidate) || candidate.getName().equals(writerBranch.getName())
                            || candidate.getAliases().contains(writerBranch.getFullName()))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isNamed(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
    }
}
