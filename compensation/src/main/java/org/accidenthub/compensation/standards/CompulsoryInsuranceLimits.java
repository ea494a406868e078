package org.accidenthub.compensation.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The compulsory motor insurance (交强险) limits as a table keyed by effective date: the set in
 * force for an accident is the one with the latest effective date on or before the accident date.
 * Data, not code: the shipped defaults are the resource {@value #DEFAULT_RESOURCE} (the 2008
 * limits from 2008-02-01 and the 2020 reform limits from 2020-09-19); a new reform is a new row.
 */
public final class CompulsoryInsuranceLimits {

    /** Resource next to this class with the limits shipped by default. */
    public static final String DEFAULT_RESOURCE = "compulsory-insurance-limits.csv";

    private static final class Defaults {
        static final CompulsoryInsuranceLimits TABLE = load();

        private static CompulsoryInsuranceLimits load() {
            try (InputStream in = CompulsoryInsuranceLimits.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing: " + DEFAULT_RESOURCE);
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final List<CompulsoryLimitSet> sets;

    private CompulsoryInsuranceLimits(List<CompulsoryLimitSet> sets) {
        this.sets = sets;
    }

    /** The shipped limits (see {@value #DEFAULT_RESOURCE}). */
    public static CompulsoryInsuranceLimits defaults() {
        return Defaults.TABLE;
    }

    /** A table of these sets; two sets with the same effective date are refused. */
    public static CompulsoryInsuranceLimits of(Collection<CompulsoryLimitSet> sets) {
        List<CompulsoryLimitSet> sorted = sets.stream()
                .sorted(Comparator.comparing(CompulsoryLimitSet::effectiveFrom)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).effectiveFrom().equals(sorted.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("two limit sets effective from " + sorted.get(i).effectiveFrom());
            }
        }
        return new CompulsoryInsuranceLimits(sorted);
    }

    /**
     * Reads a limits table from CSV (format in {@value #DEFAULT_RESOURCE}).
     *
     * @throws StandardsFormatException listing every bad line
     */
    public static CompulsoryInsuranceLimits read(Reader reader, String source) {
        return of(CompulsoryLimitsCsv.read(reader, source));
    }

    /**
     * The limits for an accident on this date.
     *
     * @throws MissingStandardException when the accident is older than the first row
     */
    public CompulsoryLimitSet inForceOn(LocalDate accidentDate) {
        CompulsoryLimitSet found = null;
        for (CompulsoryLimitSet set : sets) {
            if (!set.effectiveFrom().isAfter(accidentDate)) {
                found = set;
            }
        }
        if (found == null) {
            throw MissingStandardException.compulsoryLimits(accidentDate);
        }
        return found;
    }

    /** Every set, oldest first. */
    public List<CompulsoryLimitSet> sets() {
        return sets;
    }
}
