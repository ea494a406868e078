package org.accidenthub.connectors.police;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The connector is total: for any input it returns a conversion and never throws (the SPI's
 * contract). Every node of the example is removed or replaced by each kind of JSON value, and
 * random bytes of it are changed with a fixed seed.
 */
class PoliceConnectorTotalityTest {

    private static final List<String> REPLACEMENTS = List.of(
            "null", "true", "0", "-1", "1.5", "1e999999999", "\"\"", "\"X\"", "{}", "[]", "[{}]", "[null]");

    static Stream<String> everyPointerOfTheExample() {
        List<String> pointers = new ArrayList<>();
        collect(PoliceFiles.tree(PoliceFiles.EXAMPLE), "", pointers);
        return pointers.stream();
    }

    @ParameterizedTest(name = "{0} removed or replaced by any JSON value never throws")
    @MethodSource("everyPointerOfTheExample")
    void anyValueAnywhereGivesAConversion(String pointer) {
        assertThatCode(() -> {
            PoliceFiles.read(PoliceFiles.EXAMPLE, Mutation.remove(pointer));
            for (String replacement : REPLACEMENTS) {
                PoliceFiles.read(PoliceFiles.EXAMPLE, Mutation.set(pointer, replacement));
            }
        }).doesNotThrowAnyException();
    }

    @Test
    void randomlyDamagedBytesGiveAConversion() {
        Random random = new Random(20261101);
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);
        for (int round = 0; round < 2_000; round++) {
            byte[] damaged = example.clone();
            for (int change = 0; change < 1 + random.nextInt(4); change++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            byte[] input = random.nextBoolean() ? damaged : Arrays.copyOf(damaged, random.nextInt(damaged.length));
            assertThatCode(() -> PoliceFiles.read(input)).doesNotThrowAnyException();
        }
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getValue(), pointer + "/" + field.getKey(), pointers);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }
}
