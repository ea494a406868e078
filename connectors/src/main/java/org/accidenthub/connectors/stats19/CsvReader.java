package org.accidenthub.connectors.stats19;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A small streaming RFC 4180 reader: comma-separated values, optionally in double quotes, a
 * quote inside a quoted value doubled ({@code ""}); records end at CRLF, LF or a lone CR; a
 * quoted value may span lines. The DfT files are UTF-8 with a byte-order mark, which is
 * skipped. Blank lines are skipped (exports often end with one).
 *
 * <p>It never stops at a bad record: syntax errors and the limits (characters per record,
 * values per record) are recorded on the record as {@link CsvDefect}s and reading goes on with
 * the next record, so one bad row cannot hide the good ones after it. Memory per record is
 * bounded by the limits: past them characters and values are counted but not kept.
 *
 * <p>Not thread-safe; one reader per stream. It does not close the stream.
 */
final class CsvReader {

    private static final int END = -1;
    private static final int NOTHING = -2;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final int maxRowChars;
    private final int maxColumns;
    private final char[] buffer = new char[8192];
    private int length;
    private int position;
    private int pushedBack = NOTHING;
    private long line = 1;
    private boolean started;

    CsvReader(InputStream in, int maxRowChars, int maxColumns) {
        this.in = new InputStreamReader(in, replacingUtf8());
        this.maxRowChars = maxRowChars;
        this.maxColumns = maxColumns;
    }

    /** Malformed bytes become U+FFFD so that reading goes on; the record holding one is then defective. */
    private static CharsetDecoder replacingUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    /** The next record, or null at the end of the stream. */
    CsvRow next() throws IOException {
        skipByteOrderMark();
        while (true) {
            RecordBuilder record = new RecordBuilder(line);
            int c = read();
            if (c == END) {
                return null;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
                continue;
            }
            pushBack(c);
            return readRecord(record);
        }
    }

    private CsvRow readRecord(RecordBuilder record) throws IOException {
        State state = State.FIELD_START;
        while (true) {
            int c = read();
            if (c == END) {
                if (state == State.QUOTED) {
                    record.defect(CsvDefect.UNTERMINATED_QUOTE);
                }
                return record.endValue().build();
            }
            record.count();
            switch (state) {
                case FIELD_START -> {
                    if (c == '"') {
                        state = State.QUOTED;
                    } else if (c == ',') {
                        record.endValue();
                    } else if (c == '\n' || c == '\r') {
                        endOfLine(c);
                        return record.endValue().build();
                    } else {
                        record.append(c);
                        state = State.UNQUOTED;
                    }
                }
                case UNQUOTED -> {
                    if (c == ',') {
                        record.endValue();
                        state = State.FIELD_START;
                    } else if (c == '\n' || c == '\r') {
                        endOfLine(c);
                        return record.endValue().build();
                    } else {
                        if (c == '"') {
                            record.defect(CsvDefect.STRAY_QUOTE);
                        }
                        record.append(c);
                    }
                }
                case QUOTED -> {
                    if (c == '"') {
                        state = State.QUOTE_IN_QUOTED;
                    } else {
                        if (c == '\n' || c == '\r') {
                            quotedLineBreak(c, record);
                        } else {
                            record.append(c);
                        }
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (c == '"') {
                        record.append('"');
                        state = State.QUOTED;
                    } else if (c == ',') {
                        record.endValue();
                        state = State.FIELD_START;
                    } else if (c == '\n' || c == '\r') {
                        endOfLine(c);
                        return record.endValue().build();
                    } else {
                        record.defect(CsvDefect.STRAY_QUOTE);
                        record.append(c);
                        state = State.UNQUOTED;
                    }
                }
                default -> throw new IllegalStateException(state.name());
            }
        }
    }

    private enum State { FIELD_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    /** A line break inside quotes is part of the value, kept as written (CRLF stays CRLF). */
    private void quotedLineBreak(int c, RecordBuilder record) throws IOException {
        record.append(c);
        if (c == '\r') {
            int next = read();
            if (next == '\n') {
                record.count();
                record.append(next);
            } else {
                pushBack(next);
            }
        }
        line++;
    }

    /** Consumes the LF of a CRLF, and counts the line. */
    private void endOfLine(int c) throws IOException {
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                pushBack(next);
            }
        }
        line++;
    }

    private void skipByteOrderMark() throws IOException {
        if (!started) {
            started = true;
            int first = read();
            if (first != BYTE_ORDER_MARK) {
                pushBack(first);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != NOTHING) {
            int c = pushedBack;
            pushedBack = NOTHING;
            return c;
        }
        if (position == length) {
            length = in.read(buffer, 0, buffer.length);
            position = 0;
            if (length <= 0) {
                length = 0;
                return END;
            }
        }
        return buffer[position++];
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    /** Collects one record within the limits. */
    private final class RecordBuilder {

        private final long startLine;
        private final List<String> values = new ArrayList<>();
        private final Set<CsvDefect> defects = EnumSet.noneOf(CsvDefect.class);
        private final StringBuilder value = new StringBuilder();
        private int chars;
        private int valuesSeen;

        RecordBuilder(long startLine) {
            this.startLine = startLine;
        }

        void count() {
            chars++;
            if (chars > maxRowChars) {
                defects.add(CsvDefect.ROW_TOO_LONG);
            }
        }

        void append(int c) {
            if (c == '\uFFFD') {
                defects.add(CsvDefect.INVALID_ENCODING);
            }
            if (chars <= maxRowChars) {
                value.append((char) c);
            }
        }

        void defect(CsvDefect defect) {
            defects.add(defect);
        }

        RecordBuilder endValue() {
            valuesSeen++;
            if (valuesSeen > maxColumns) {
                defects.add(CsvDefect.TOO_MANY_COLUMNS);
            } else {
                values.add(value.toString());
            }
            value.setLength(0);
            return this;
        }

        CsvRow build() {
            return new CsvRow(startLine, values, defects);
        }
    }
}
