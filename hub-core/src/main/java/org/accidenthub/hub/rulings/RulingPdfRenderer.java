package org.accidenthub.hub.rulings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accidenthub.hub.rulings.PageWriter.Align;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a judicial-confirmation ruling (民事裁定书) as PDF: the court, the title, the case number,
 * the parties, the reasoning, the agreement's terms as numbered items, the decision, and the
 * judge's signature block with the date in Chinese numerals. The Chinese font is embedded as a
 * subset, so the PDF shows (and its text extracts) the same on every reader.
 *
 * <p>Stateless and thread-safe. A ruling with a character the font cannot show is refused with
 * {@link UnsupportedCharacters} rather than rendered with a blank in a name.
 */
public final class RulingPdfRenderer {

    private static final float COURT = 18f;
    private static final float TITLE = 22f;
    private static final float BODY = 12f;

    /** The PDF bytes of the ruling. */
    public byte[] render(RulingDocument ruling) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = RulingFont.load(document);
            refuseMissingGlyphs(font, texts(ruling));
            describe(document, ruling);
            try (PageWriter pages = new PageWriter(document, font)) {
                write(pages, ruling);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // in-memory document and a font from the jar: an I/O error here is a bug, not bad input
            throw new UncheckedIOException("cannot render ruling " + ruling.caseNumber(), e);
        }
    }

    private static void write(PageWriter pages, RulingDocument ruling) throws IOException {
        pages.line(ruling.courtName(), COURT, Align.CENTRE);
        pages.line("民事裁定书", TITLE, Align.CENTRE);
        pages.space(BODY, 0.5f);
        pages.line(ruling.caseNumber(), BODY, Align.RIGHT);
        pages.space(BODY, 0.5f);
        for (RulingDocument.Party party : ruling.parties()) {
            pages.paragraph(party.role() + "：" + party.name()
                    + (party.description() == null ? "" : "，" + party.description()) + "。", BODY);
        }
        for (String paragraph : ruling.reasoning()) {
            pages.paragraph(paragraph, BODY);
        }
        int item = 1;
        for (RulingDocument.Term term : ruling.terms()) {
            String number = item <= 99 ? ChineseFormats.number(item) : String.valueOf(item);
            item++;
            pages.paragraph(number + "、" + termText(term), BODY);
        }
        for (String paragraph : ruling.decision()) {
            pages.paragraph(paragraph, BODY);
        }
        pages.space(BODY, 1.5f);
        pages.line("审判员\u3000" + ruling.judge(), BODY, Align.RIGHT);
        pages.space(BODY, 0.5f);
        pages.line(ChineseFormats.dateInNumerals(ruling.ruledOn()), BODY, Align.RIGHT);
        if (ruling.clerk() != null) {
            pages.space(BODY, 0.5f);
            pages.line("书记员\u3000" + ruling.clerk(), BODY, Align.RIGHT);
        }
    }

    /** 张伟于2026年10月31日前向李娜支付6,450.50元（银行转账）。 */
    static String termText(RulingDocument.Term term) {
        return term.payer() + "于" + ChineseFormats.date(term.dueDate()) + "前向" + term.payee() + "支付"
                + ChineseFormats.yuan(term.amount()) + (term.method() == null ? "" : "（" + term.method() + "）") + "。";
    }

    private static void describe(PDDocument document, RulingDocument ruling) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ruling.courtName() + " 民事裁定书 " + ruling.caseNumber());
        info.setCreator("Accident Hub");
    }

    private static List<String> texts(RulingDocument ruling) {
        // everything write() shows, its own words and the date in numerals included
        List<String> texts = new ArrayList<>(List.of(ruling.courtName(), "民事裁定书", ruling.caseNumber(),
                "审判员\u3000" + ruling.judge(), "书记员\u3000：、（）。", ChineseFormats.dateInNumerals(ruling.ruledOn())));
        ruling.parties().forEach(party -> {
            texts.add(party.role());
            texts.add(party.name());
            if (party.description() != null) {
                texts.add(party.description());
            }
        });
        texts.addAll(ruling.reasoning());
        ruling.terms().forEach(term -> texts.add(termText(term)));
        texts.addAll(ruling.decision());
        if (ruling.clerk() != null) {
            texts.add(ruling.clerk());
        }
        return texts;
    }

    private static void refuseMissingGlyphs(PDType0Font font, List<String> texts) {
        Set<Integer> missing = new LinkedHashSet<>();
        texts.forEach(text -> text.codePoints().forEach(codePoint -> {
            try {
                font.encode(new String(Character.toChars(codePoint)));
            } catch (IllegalArgumentException | IOException noGlyph) {
                missing.add(codePoint);
            }
        }));
        if (!missing.isEmpty()) {
            throw new UnsupportedCharacters(List.copyOf(missing));
        }
    }
}
