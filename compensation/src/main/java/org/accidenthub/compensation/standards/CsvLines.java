package org.accidenthub.compensation.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The few CSV rules the standards files need, so that the module stays free of dependencies:
 * one record per line, fields separated by commas and trimmed, no quoting (no value contains a
 * comma); blank lines and lines starting with {@code #} are skipped; an optional header line
 * equal to the expected column names is skipped.
 */
final class CsvLines {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,15}(\\.\\d{1,2})?");

    /** One data line with its 1-based line number in the file. */
    record Line(int number, List<String> fields) {
    }

    private CsvLines() {
    }

    static List<Line> read(Reader reader, List<String> header) {
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String text;
            int number = 0;
            boolean first = true;
            while ((text = in.readLine()) != null) {
                number++;
                String trimmed = text.strip();
                if (number == 1 && trimmed.startsWith("\uFEFF")) {
                    trimmed = trimmed.substring(1);
                }
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(trimmed.split(",", -1)).map(String::strip).toList();
                if (first && fields.stream().map(String::toLowerCase).toList().equals(header)) {
                    first = false;
                    continue;
                }
                first = false;
                lines.add(new Line(number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** A non-negative amount with at most two decimals, e.g. {@code 41000.00}. */
    static Optional<BigDecimal> amount(String text) {
        return AMOUNT.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
    }
}
