package org.accidenthub.connectors.police;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accidenthub.connectors.json.JsonProblemCode;
import org.junit.jupiter.api.Test;

/** Partners branch on the codes, so the format page must list every one of them. */
class PoliceProblemCodesDocumentedTest {

    private static final String PAGE = "docs/formats/police-accident-file.md";

    @Test
    void everyProblemCodeIsListedOnTheFormatPage() throws IOException {
        String page = Files.readString(formatPage(), StandardCharsets.UTF_8);

        assertThat(Stream.of(ProblemCode.values()).map(code -> "`" + code.name() + "`"))
                .allSatisfy(code -> assertThat(page).contains(code));
    }

    /** The shared JSON reading reports its own codes; the police list (and so the page) must hold them too. */
    @Test
    void everyCodeOfTheSharedJsonReadingIsAPoliceCode() {
        assertThat(Stream.of(ProblemCode.values()).map(ProblemCode::name))
                .containsAll(Stream.of(JsonProblemCode.values()).map(JsonProblemCode::name).toList());
    }

    /** The page lives at the repository root; tests run in the module directory. */
    private static Path formatPage() {
        Path fromModule = Path.of("..").resolve(PAGE);
        return Files.exists(fromModule) ? fromModule : Path.of(PAGE);
    }
}
