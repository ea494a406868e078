package org.accidenthub.connectors.stats19;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 4180 as the reader implements it: quotes, doubled quotes, CRLF/LF/CR, BOM, limits, line numbers. */
class CsvReaderTest {

    @Test
    void plainValuesAndLineEndings() {
        assertThat(values("a,b,c\r\nd,e,f\ng,h,i\rj,k,l")).containsExactly(
                List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g", "h", "i"), List.of("j", "k", "l"));
    }

    @Test
    void quotedValuesMayHoldCommasQuotesAndLineBreaks() {
        List<CsvRow> rows = rows("\"a,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nnext,\"\",x\n");

        assertThat(rows.get(0).values()).containsExactly("a,1", "say \"hi\"", "two\r\nlines");
        assertThat(rows.get(0).defects()).isEmpty();
        assertThat(rows.get(1).values()).containsExactly("next", "", "x");
        assertThat(rows.get(1).line()).as("the quoted line break counts as a line").isEqualTo(3);
    }

    @Test
    void emptyValuesAtTheEdgesAreKept() {
        assertThat(values(",a,\n")).containsExactly(List.of("", "a", ""));
    }

    @Test
    void theByteOrderMarkIsSkippedOnlyAtTheStart() {
        assertThat(values("\uFEFFa,b\n\uFEFFc,d\n")).containsExactly(List.of("a", "b"), List.of("\uFEFFc", "d"));
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        List<CsvRow> rows = rows("a\n\n\r\nb\n\n");

        assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 4L);
    }

    @Test
    void strayQuotesAreDefectsAndReadingGoesOn() {
        List<CsvRow> rows = rows("a\"b,c\n\"d\"e,f\ng,h\n");

        assertThat(rows).extracting(CsvRow::defects).containsExactly(
                Set.of(CsvDefect.STRAY_QUOTE), Set.of(CsvDefect.STRAY_QUOTE), Set.of());
        assertThat(rows.get(2).values()).containsExactly("g", "h");
    }

    @Test
    void anUnclosedQuoteRunsToTheEnd() {
        List<CsvRow> rows = rows("a,b\n\"c,d\ne,f\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).defects()).containsExactly(CsvDefect.UNTERMINATED_QUOTE);
        assertThat(rows.get(1).values()).containsExactly("c,d\ne,f\n");
    }

    @Test
    void limitsCutWhatIsKeptAndMarkTheRow() {
        List<CsvRow> rows = rows("abcdefghij,k\nshort\n", 5, 10);

        assertThat(rows.get(0).defects()).containsExactly(CsvDefect.ROW_TOO_LONG);
        assertThat(String.join("", rows.get(0).values()).length()).isLessThanOrEqualTo(5);
        assertThat(rows.get(1).values()).containsExactly("short");

        List<CsvRow> wide = rows("1,2,3,4\n5\n", 100, 3);
        assertThat(wide.get(0).defects()).containsExactly(CsvDefect.TOO_MANY_COLUMNS);
        assertThat(wide.get(0).values()).containsExactly("1", "2", "3");
        assertThat(wide.get(1).defects()).isEmpty();
    }

    @Test
    void malformedUtf8IsADefectOfItsRow() {
        byte[] bytes = {'a', ',', (byte) 0xC3, '\n', 'b', '\n'};

        List<CsvRow> rows = rows(bytes, 100, 10);

        assertThat(rows.get(0).defects()).containsExactly(CsvDefect.INVALID_ENCODING);
        assertThat(rows.get(1).defects()).isEmpty();
    }

    @Test
    void aLongFileIsReadAcrossBufferBoundaries() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            csv.append(i).append(",\"q").append(i).append("\"\r\n");
        }

        List<CsvRow> rows = rows(csv.toString());

        assertThat(rows).hasSize(5_000);
        assertThat(rows.get(4_999).values()).containsExactly("4999", "q4999");
        assertThat(rows.get(4_999).line()).isEqualTo(5_000);
    }

    private static List<List<String>> values(String csv) {
        return rows(csv).stream().map(CsvRow::values).toList();
    }

    private static List<CsvRow> rows(String csv) {
        return rows(csv, 1_000, 100);
    }

    private static List<CsvRow> rows(String csv, int maxChars, int maxColumns) {
        return rows(csv.getBytes(StandardCharsets.UTF_8), maxChars, maxColumns);
    }

    private static List<CsvRow> rows(byte[] bytes, int maxChars, int maxColumns) {
        CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), maxChars, maxColumns);
        List<CsvRow> rows = new ArrayList<>();
        try {
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
