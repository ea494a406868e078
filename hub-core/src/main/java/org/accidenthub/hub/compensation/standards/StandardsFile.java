package org.accidenthub.hub.compensation.standards;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandards;
import org.accidenthub.compensation.standards.RegionalStandardsCsv;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.compensation.standards.StandardsFormatException;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * A regional-standards file in the compensation module's CSV format ({@code province,year,item,amount},
 * optional header, {@code #} comments; compensation/README.md, "Standards data"). The module reads
 * and validates it — every bad line with its line number, so the file is loaded whole or not at
 * all. The module's table does not list its rows, so the rows are taken from the same lines here
 * and checked against what the module read: what is stored is exactly what the module accepted.
 */
final class StandardsFile {

    /** A province-year set of every province is a few hundred lines; 1 MiB is far more than any real file. */
    static final int MAX_BYTES = 1024 * 1024;

    private static final String SOURCE = "line";
    private static final List<String> HEADER = List.of("province", "year", "item", "amount");

    private StandardsFile() {
    }

    /** The figures of the file; 422 listing every bad line ({@code path} "line 12"). */
    static List<StandardFigure> read(String text) {
        RegionalStandards table;
        try {
            table = RegionalStandardsCsv.read(new StringReader(text), SOURCE);
        } catch (StandardsFormatException invalid) {
            throw ProblemException.invalid(invalid.problems().stream()
                    .map(p -> new Problem(p.path().replace(SOURCE + ":", SOURCE + " "), p.code(), p.message()))
                    .toList(), List.of());
        }
        List<StandardFigure> figures = rows(text);
        if (figures.isEmpty()) {
            throw ProblemException.invalid(List.of(new Problem("", "NO_ROWS",
                    "the file has no figures; one line per figure: province,year,item,amount")), List.of());
        }
        for (StandardFigure figure : figures) {
            if (table.amount(figure.province(), figure.year(), figure.item()).compareTo(figure.amount()) != 0) {
                throw new IllegalStateException("the file's line for " + figure + " reads differently in the module");
            }
        }
        return figures;
    }

    /** The data lines, split by the module's rules (compensation CsvLines): valid, since the module read them. */
    private static List<StandardFigure> rows(String text) {
        List<StandardFigure> figures = new ArrayList<>();
        boolean first = true;
        for (String line : new BufferedReader(new StringReader(text)).lines().toList()) {
            String trimmed = first ? line.strip().replace("\uFEFF", "") : line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            List<String> fields = Arrays.stream(trimmed.split(",", -1)).map(String::strip).toList();
            boolean header = first && fields.stream().map(String::toLowerCase).toList().equals(HEADER);
            first = false;
            if (!header) {
                figures.add(new StandardFigure(ProvinceCode.of(fields.get(0)), Integer.parseInt(fields.get(1)),
                        new StandardItem(fields.get(2)), new BigDecimal(fields.get(3))));
            }
        }
        return figures;
    }
}
