package org.accidenthub.connectors.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accidenthub.connectors.json.JsonProblemCode;
import org.junit.jupiter.api.Test;

/** Platforms branch on the codes, so the format page must list every one of them. */
class MediationProblemCodesDocumentedTest {

    private static final String PAGE = "docs/formats/mediation-messages.md";

    @Test
    void everyProblemCodeIsListedOnTheFormatPage() throws IOException {
        String page = Files.readString(formatPage(), StandardCharsets.UTF_8);

        assertThat(Stream.of(MediationProblemCode.values()).map(code -> "`" + code.name() + "`"))
                .allSatisfy(code -> assertThat(page).contains(code));
    }

    @Test
    void everyCodeOfTheSharedJsonReadingIsAMediationCode() {
        assertThat(Stream.of(MediationProblemCode.values()).map(MediationProblemCode::name))
                .containsAll(Stream.of(JsonProblemCode.values()).map(JsonProblemCode::name).toList());
    }

    @Test
    void theExamplesOnTheFormatPageAreTheFixtures() throws IOException {
        String page = Files.readString(formatPage(), StandardCharsets.UTF_8);

        for (String fixture : new String[] {"session.json", "agreement.json", "failure.json", "assignment.json"}) {
            assertThat(page).contains(MediationFiles.text(fixture).strip());
        }
    }

    private static Path formatPage() {
        Path fromModule = Path.of("..").resolve(PAGE);
        return Files.exists(fromModule) ? fromModule : Path.of(PAGE);
    }
}
