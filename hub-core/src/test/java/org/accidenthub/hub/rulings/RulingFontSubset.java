package org.accidenthub.hub.rulings;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Makes the committed ruling font ({@link RulingFont#RESOURCE}) from Noto Sans SC Regular (SIL Open
 * Font License 1.1): the glyphs of every character GB 2312 encodes (its 6,763 hanzi, punctuation,
 * fullwidth forms), printable ASCII and Latin-1, and the general punctuation a ruling uses. The whole
 * font is 10 MiB; this subset is a quarter of that and covers the characters of names, addresses
 * and amounts in practice. A character outside it is refused by the renderer, never drawn as a box.
 *
 * <p>Run once when the font changes (not part of the build), with the full TTF, e.g. from the npm
 * package {@code @expo-google-fonts/noto-sans-sc} ({@code 400Regular/NotoSansSC_400Regular.ttf}):
 * <pre>
 * java -cp "hub-core/target/test-classes:&lt;pdfbox, fontbox, pdfbox-io, commons-logging jars&gt;" \
 *     org.accidenthub.hub.rulings.RulingFontSubset NotoSansSC_400Regular.ttf \
 *     hub-core/src/main/resources/rulings/fonts/NotoSansSC-Regular-GB2312.ttf
 * </pre>
 */
public final class RulingFontSubset {

    private RulingFontSubset() {
    }

    public static void main(String[] args) throws IOException {
        Set<Integer> codePoints = codePoints();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of(args[0]).toFile()));
                OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(codePoints);
            subsetter.writeToStream(out);
        }
        System.out.println(codePoints.size() + " characters -> " + Files.size(Path.of(args[1])) + " bytes");
    }

    static Set<Integer> codePoints() {
        Set<Integer> codePoints = new TreeSet<>();
        CharsetEncoder gb2312 = Charset.forName("GB2312").newEncoder();
        for (char c = 0x20; c < 0xFFFF; c++) {
            boolean latin = c <= 0xFF && !Character.isISOControl(c);
            boolean punctuation = c >= 0x2000 && c <= 0x206F;
            if (latin || punctuation || (!Character.isSurrogate(c) && gb2312.canEncode(c))) {
                codePoints.add((int) c);
            }
        }
        // not in GB 2312 but in every court document: 〔〕 of document numbers, 〇 of dates in numerals
        codePoints.addAll(Set.of(0x3014, 0x3015, 0x3007));
        return codePoints;
    }
}
