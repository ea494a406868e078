package org.accidenthub.compensation.standards;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accidenthub.compensation.Problem;

/**
 * Reads regional standards from CSV: {@code province,year,item,amount} per line, e.g.
 * {@code 410000,2025,URBAN_DISPOSABLE_INCOME_PER_CAPITA,41000.00}. The province is a 6-digit
 * code ending in 00 or a 2-digit prefix ({@link ProvinceCode}); the amount has at most two
 * decimals. Comments start with {@code #}. Every bad line is reported, with its line number,
 * in one {@link StandardsFormatException}.
 */
public final class RegionalStandardsCsv {

    static final List<String> HEADER = List.of("province", "year", "item", "amount");

    private RegionalStandardsCsv() {
    }

    /** Reads the file (UTF-8). */
    public static RegionalStandards read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        }
    }

    /**
     * Reads standards from the reader.
     *
     * @param source name used in problem paths, e.g. the file name
     * @throws StandardsFormatException listing every bad line
     */
    public static RegionalStandards read(Reader reader, String source) {
        List<Problem> problems = new ArrayList<>();
        List<RegionalStandard> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvLines.Line line : CsvLines.read(reader, HEADER)) {
            String at = source + ":" + line.number();
            parse(line, at, problems).ifPresent(row -> {
                String key = row.province() + "/" + row.year() + "/" + row.amounts().keySet().iterator().next();
                if (seen.add(key)) {
                    rows.add(row);
                } else {
                    problems.add(new Problem(at, "DUPLICATE_STANDARD",
                            "the same province, year and item are already given on an earlier line"));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new StandardsFormatException(problems);
        }
        return RegionalStandards.of(rows);
    }

    private static Optional<RegionalStandard> parse(CsvLines.Line line, String at, List<Problem> problems) {
        List<String> f = line.fields();
        if (f.size() != HEADER.size()) {
            problems.add(new Problem(at, "COLUMN_COUNT",
                    "expected 4 columns (province,year,item,amount), found " + f.size()));
            return Optional.empty();
        }
        int before = problems.size();
        if (!ProvinceCode.isValid(f.get(0))) {
            problems.add(new Problem(at, "PROVINCE_INVALID",
                    "province must be a 6-digit GB/T 2260 code ending in 00 or a 2-digit prefix: " + f.get(0)));
        }
        if (!f.get(1).matches("(19|20|21)\\d\\d")) {
            problems.add(new Problem(at, "YEAR_INVALID", "year must be a 4-digit statistical year: " + f.get(1)));
        }
        if (!StandardItem.isValid(f.get(2))) {
            problems.add(new Problem(at, "ITEM_INVALID", "item must be an UPPER_SNAKE code: " + f.get(2)));
        }
        Optional<BigDecimal> amount = CsvLines.amount(f.get(3));
        if (amount.isEmpty()) {
            problems.add(new Problem(at, "AMOUNT_INVALID",
                    "amount must be a non-negative number with at most 2 decimals: " + f.get(3)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RegionalStandard(ProvinceCode.of(f.get(0)), Integer.parseInt(f.get(1)),
                Map.of(new StandardItem(f.get(2)), amount.get())));
    }
}
