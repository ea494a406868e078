package org.accidenthub.hub.compensation.standards;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;

/**
 * The compulsory-insurance limits (交强险) every calculation uses, by effective date: the module's
 * shipped table (2008-02-01: 110,000 / 10,000 / 2,000; 2020-09-19, 银保监发〔2020〕41号:
 * 180,000 / 18,000 / 2,000, with the no-fault limits), or a configured file. Read once at start:
 * a malformed file stops the hub instead of calculating with wrong limits.
 */
public class CompulsoryLimitsTable {

    @Produces
    @Singleton
    CompulsoryInsuranceLimits limits(CompensationConfig config) {
        return config.compulsoryLimitsFile().filter(file -> !file.isBlank()).map(CompulsoryLimitsTable::read)
                .orElseGet(CompulsoryInsuranceLimits::defaults);
    }

    private static CompulsoryInsuranceLimits read(String file) {
        Path path = Path.of(file);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return CompulsoryInsuranceLimits.read(reader, path.getFileName().toString());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read hub.compensation.compulsory-limits-file " + file, unreadable);
        }
    }
}
