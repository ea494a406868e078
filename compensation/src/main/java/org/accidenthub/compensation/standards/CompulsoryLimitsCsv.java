package org.accidenthub.compensation.standards;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accidenthub.compensation.Problem;

/**
 * Reads compulsory-insurance limits from CSV, one row per effective date:
 * {@code effective_from,at_fault_death_disability,at_fault_medical,at_fault_property,
 * no_fault_death_disability,no_fault_medical,no_fault_property}. One complete row per date, so a
 * reform can never be half loaded.
 */
final class CompulsoryLimitsCsv {

    static final List<String> HEADER = List.of("effective_from",
            "at_fault_death_disability", "at_fault_medical", "at_fault_property",
            "no_fault_death_disability", "no_fault_medical", "no_fault_property");

    private CompulsoryLimitsCsv() {
    }

    static List<CompulsoryLimitSet> read(Reader reader, String source) {
        List<Problem> problems = new ArrayList<>();
        List<CompulsoryLimitSet> sets = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (CsvLines.Line line : CsvLines.read(reader, HEADER)) {
            String at = source + ":" + line.number();
            parse(line, at, problems).ifPresent(set -> {
                if (dates.contains(set.effectiveFrom())) {
                    problems.add(new Problem(at, "DUPLICATE_EFFECTIVE_DATE",
                            "limits effective from " + set.effectiveFrom() + " are already given"));
                } else {
                    dates.add(set.effectiveFrom());
                    sets.add(set);
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new StandardsFormatException(problems);
        }
        return sets;
    }

    private static Optional<CompulsoryLimitSet> parse(CsvLines.Line line, String at, List<Problem> problems) {
        List<String> f = line.fields();
        if (f.size() != HEADER.size()) {
            problems.add(new Problem(at, "COLUMN_COUNT",
                    "expected " + HEADER.size() + " columns (" + String.join(",", HEADER) + "), found " + f.size()));
            return Optional.empty();
        }
        int before = problems.size();
        LocalDate from = null;
        try {
            from = LocalDate.parse(f.get(0));
        } catch (DateTimeParseException e) {
            problems.add(new Problem(at, "DATE_INVALID", "effective_from must be an ISO date (2020-09-19): " + f.get(0)));
        }
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 1; i < f.size(); i++) {
            Optional<BigDecimal> amount = CsvLines.amount(f.get(i));
            if (amount.isEmpty()) {
                problems.add(new Problem(at, "AMOUNT_INVALID",
                        HEADER.get(i) + " must be a non-negative number with at most 2 decimals: " + f.get(i)));
            }
            amounts.add(amount.orElse(null));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new CompulsoryLimitSet(from,
                new SubLimits(amounts.get(0), amounts.get(1), amounts.get(2)),
                new SubLimits(amounts.get(3), amounts.get(4), amounts.get(5))));
    }
}
