package org.accidenthub.connectors.arbitration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Commissions branch on the codes, so the format page must list every one of them. */
class ArbitrationProblemCodesDocumentedTest {

    private static final String PAGE = "docs/formats/arbitration-messages.md";

    @Test
    void everyProblemCodeIsListedOnTheFormatPage() throws IOException {
        String page = Files.readString(formatPage(), StandardCharsets.UTF_8);

        assertThat(Stream.of(ArbitrationProblemCode.values()).map(code -> "`" + code.name() + "`"))
                .allSatisfy(code -> assertThat(page).contains(code));
    }

    @Test
    void theGoldenExamplesOnTheFormatPageAreTheFixtures() throws IOException {
        String page = Files.readString(formatPage(), StandardCharsets.UTF_8);

        assertThat(page).contains(ArbitrationFiles.text("award.xml").strip());
        assertThat(page).contains(ArbitrationFiles.text("referral.xml").strip());
    }

    /** The page lives at the repository root; tests run in the module directory. */
    private static Path formatPage() {
        Path fromModule = Path.of("..").resolve(PAGE);
        return Files.exists(fromModule) ? fromModule : Path.of(PAGE);
    }
}
