package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Importers branch on the codes, so the format page must list every one of them, and every code list. */
class Stats19ProblemCodesDocumentedTest {

    private static final String PAGE = "docs/formats/stats19.md";

    @Test
    void everyProblemCodeIsListedOnTheFormatPage() throws IOException {
        String page = page();

        assertThat(Stream.of(Stats19ProblemCode.values()).map(code -> "`" + code.name() + "`"))
                .allSatisfy(code -> assertThat(page).contains(code));
    }

    @Test
    void everyCodeListSchemeIsOnTheFormatPage() throws IOException {
        String page = page();

        assertThat(Stream.of(Stats19Codes.POLICE_FORCE, Stats19Codes.ACCIDENT_SEVERITY, Stats19Codes.CASUALTY_SEVERITY,
                Stats19Codes.LIGHT_CONDITIONS, Stats19Codes.WEATHER_CONDITIONS, Stats19Codes.ROAD_SURFACE_CONDITIONS,
                Stats19Codes.FIRST_ROAD_CLASS, Stats19Codes.URBAN_OR_RURAL_AREA, Stats19Codes.VEHICLE_TYPE,
                Stats19Codes.CASUALTY_CLASS, Stats19Codes.CASUALTY_TYPE, Stats19Codes.SEX_OF_CASUALTY)
                .map(list -> "`" + list.scheme() + "`"))
                .allSatisfy(scheme -> assertThat(page).contains(scheme));
        assertThat(page).contains("`" + RecordMapper.SPEED_LIMIT_SCHEME + "`");
    }

    /** The page lives at the repository root; tests run in the module directory. */
    private static String page() throws IOException {
        Path fromModule = Path.of("..").resolve(PAGE);
        return Files.readString(Files.exists(fromModule) ? fromModule : Path.of(PAGE), StandardCharsets.UTF_8);
    }
}
