package org.accidenthub.hub.rulings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font rulings are set in: a subset of Noto Sans SC Regular (SIL Open Font License 1.1, see
 * THIRD-PARTY.md) shipped in this jar, so rendering needs no font on the machine. Each document
 * embeds only the glyphs it uses (PDF 32000-1 9.6.4: a subset is named with a tag prefix).
 */
final class RulingFont {

    static final String RESOURCE = "/rulings/fonts/NotoSansSC-Regular-GB2312.ttf";

    /** Read once: 2.4 MB that every ruling needs. */
    private static final byte[] BYTES = read();

    private RulingFont() {
    }

    /** The font for one document, embedded as a subset of the glyphs the document uses. */
    static PDType0Font load(PDDocument document) throws IOException {
        return PDType0Font.load(document, new ByteArrayInputStream(BYTES), true);
    }

    private static byte[] read() {
        try (InputStream in = RulingFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
