package org.accidenthub.hub.rulings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Sets lines of text top to bottom on A4 pages, starting a new page when one is full. Chinese text
 * may break between any two characters, except that a line does not start with closing punctuation
 * (the common rule of Chinese typesetting, 避头点).
 */
final class PageWriter implements AutoCloseable {

    /** 2.54 cm, the margin of most court documents. */
    private static final float MARGIN = 72f;
    private static final float LINE_SPACING = 1.6f;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’%";

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream page;
    private float y;

    PageWriter(PDDocument document, PDType0Font font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    enum Align { LEFT, CENTRE, RIGHT }

    /** One line, not wrapped. */
    void line(String text, float size, Align align) throws IOException {
        float width = width(text, size);
        float x = switch (align) {
            case LEFT -> MARGIN;
            case CENTRE -> (PDRectangle.A4.getWidth() - width) / 2;
            case RIGHT -> PDRectangle.A4.getWidth() - MARGIN - width;
        };
        show(text, size, x);
    }

    /** A paragraph wrapped to the text width, its first line indented by two characters. */
    void paragraph(String text, float size) throws IOException {
        String indented = "\u3000\u3000" + text;
        for (String line : wrap(indented, size, textWidth())) {
            show(line, size, MARGIN);
        }
    }

    /** Vertical space of {@code lines} empty lines. */
    void space(float size, float lines) throws IOException {
        y -= size * LINE_SPACING * lines;
        if (y < MARGIN) {
            newPage();
        }
    }

    private void show(String text, float size, float x) throws IOException {
        if (y - size < MARGIN) {
            newPage();
        }
        y -= size * LINE_SPACING;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(text);
        page.endText();
    }

    List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            String next = new String(Character.toChars(codePoint));
            boolean fits = width(line + next, size) <= maxWidth;
            if (!fits && line.length() > 0 && NO_LINE_START.indexOf(codePoint) < 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(next);
            i += Character.charCount(codePoint);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static float textWidth() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
