package org.accidenthub.hub.rulings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Render a ruling, then read it back as any PDF reader would: the Chinese text must come back as written. */
class RulingPdfRendererTest {

    private static final RulingPdfRenderer RENDERER = new RulingPdfRenderer();

    static RulingDocument ruling(List<String> reasoning) {
        return new RulingDocument(
                "驻马店市驿城区人民法院",
                "(2026)豫1702民特123号",
                List.of(new RulingDocument.Party("申请人", "李娜", "女，1992年3月15日出生，汉族，住河南省驻马店市驿城区"),
                        new RulingDocument.Party("申请人", "张伟", "男，1985年7月2日出生，汉族，住河南省驻马店市驿城区"),
                        new RulingDocument.Party("申请人", "中国人民财产保险股份有限公司驻马店市分公司", null)),
                reasoning,
                List.of(new RulingDocument.Term("中国人民财产保险股份有限公司驻马店市分公司", "李娜",
                                new BigDecimal("118000.00"), LocalDate.of(2026, 10, 24), "保险公司直接赔付"),
                        new RulingDocument.Term("张伟", "李娜", new BigDecimal("6450.5"), LocalDate.of(2026, 10, 31), "银行转账")),
                List.of("本院经审查认为，申请人达成的调解协议符合司法确认的条件。裁定如下：",
                        "申请人于2026年10月14日经驿城区道路交通事故人民调解委员会主持调解达成的调解协议有效。",
                        "当事人应当按照调解协议的约定自觉履行义务。一方当事人拒绝履行或者未全部履行的，对方当事人可以向人民法院申请强制执行。"),
                "王磊",
                "陈静",
                LocalDate.of(2026, 10, 20));
    }

    static RulingDocument ruling() {
        return ruling(List.of("申请人李娜、张伟、中国人民财产保险股份有限公司驻马店市分公司于2026年10月15日向本院申请司法确认，"
                + "本院于同日受理。申请人达成的调解协议内容如下："));
    }

    @Test
    void theChineseTextComesBackFromThePdf() throws IOException {
        String text = text(RENDERER.render(ruling()));

        assertThat(text).contains("民事裁定书", "驻马店市驿城区人民法院", "(2026)豫1702民特123号", "申请人：李娜");
        assertThat(compact(text)).contains(
                "一、中国人民财产保险股份有限公司驻马店市分公司于2026年10月24日前向李娜支付118,000.00元（保险公司直接赔付）。",
                "二、张伟于2026年10月31日前向李娜支付6,450.50元（银行转账）。",
                "对方当事人可以向人民法院申请强制执行。",
                "审判员王磊", "二〇二六年十月二十日", "书记员陈静");
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws IOException {
        byte[] pdf = RENDERER.render(ruling());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).singleElement().satisfies(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                // PDF 32000-1 9.6.4: a subset's name is a six-letter tag and a plus sign
                assertThat(font.getName()).matches("[A-Z]{6}\\+.*");
            });
        }
        // a subset of a few hundred glyphs, not the 2.4 MB font
        assertThat(pdf.length).isLessThan(200_000);
    }

    @Test
    void aLongRulingContinuesOnANewPage() throws IOException {
        List<String> reasoning = Collections.nCopies(60, "申请人达成的调解协议系双方真实意思表示，内容不违反法律、行政法规的强制性规定，不损害国家利益、社会公共利益和他人合法权益。");

        try (PDDocument document = Loader.loadPDF(RENDERER.render(ruling(reasoning)))) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(compact(new PDFTextStripper().getText(document))).endsWith("书记员陈静");
        }
    }

    @Test
    void aCharacterTheFontCannotShowIsRefusedNotDrawnAsABox() {
        RulingDocument ruling = new RulingDocument("驻马店市驿城区人民法院", "(2026)豫1702民特124号",
                List.of(new RulingDocument.Party("申请人", "吉\uD842\uDFB7", null)), List.of(), List.of(), List.of(),
                "王磊", null, LocalDate.of(2026, 10, 20));

        assertThatThrownBy(() -> RENDERER.render(ruling))
                .isInstanceOfSatisfying(UnsupportedCharacters.class,
                        refused -> assertThat(refused.codePoints()).containsExactly(0x20BB7))
                .hasMessageContaining("U+20BB7");
    }

    @Test
    void lineBreaksInsideTextAreRefusedToo() {
        RulingDocument ruling = new RulingDocument("驻马店市驿城区人民法院", "(2026)豫1702民特125号", List.of(),
                List.of("第一行\n第二行"), List.of(), List.of(), "王磊", null, LocalDate.of(2026, 10, 20));

        assertThatThrownBy(() -> RENDERER.render(ruling)).isInstanceOf(UnsupportedCharacters.class);
    }

    @Test
    void datesAndAmountsAreWrittenTheWayCourtsWriteThem() {
        assertThat(ChineseFormats.dateInNumerals(LocalDate.of(2026, 1, 10))).isEqualTo("二〇二六年一月十日");
        assertThat(ChineseFormats.dateInNumerals(LocalDate.of(2030, 12, 31))).isEqualTo("二〇三〇年十二月三十一日");
        assertThat(ChineseFormats.number(21)).isEqualTo("二十一");
        assertThat(ChineseFormats.yuan(new BigDecimal("1234567.8"))).isEqualTo("1,234,567.80元");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Without line breaks and spaces (ideographic ones too): wrapped lines read as one. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\\u3000]", "");
    }
}
