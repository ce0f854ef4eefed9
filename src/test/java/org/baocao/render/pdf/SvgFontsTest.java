package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The charts' text is laid out with faces made once per font set, exactly as openhtmltopdf's own faces per PDF. */
class SvgFontsTest {

    /** A chart's kind of text: Liberation Sans, regular and bold, Vietnamese included. */
    private static final String HTML = """
            <html><head><style>@page { size: 120mm 60mm; margin: 0 }%s</style></head><body>
            <svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200">
              <text x="10" y="40" font-family="Liberation Sans, Arial, sans-serif" font-size="24">2022 2023 Hợp tác xã</text>
              <text x="10" y="90" font-family="Liberation Sans" font-weight="bold" font-size="24">Số liệu: 152.730 ₫</text>
              <text x="10" y="140" font-family="Liberation Serif" font-style="italic" font-size="24">ưu đãi, kỷ cương</text>
              <text x="10" y="190" font-family="Own Face" font-size="24">Đổi mới 2024</text>
            </svg></body></html>
            """;

    @Test
    void everyPdfOfASetSharesOneResolver() {
        FontSet fonts = FontSet.liberation();
        BatikSVGDrawer one = fonts.svg().drawer();
        BatikSVGDrawer other = fonts.svg().drawer();
        one.importFontFaceRules(List.of(), null);
        other.importFontFaceRules(List.of(), null);
        assertNotNull(one.fontResolver.resolve("Liberation Sans"));
        assertNotNull(one.fontResolver.resolve("liberation serif"));
        assertSame(one.fontResolver, other.fontResolver);
    }

    @Test
    void chartTextLooksAsWithOpenhtmltopdfsOwnFaces() throws Exception {
        assertSameAsOpenhtmltopdfsOwnFaces(HTML.formatted(""));
    }

    @Test
    void aStylesheetsOwnFaceIsDrawnBesideTheSets() throws Exception {
        String face = Base64.getEncoder().encodeToString(FontSet.liberation().rawBytes("LiberationSerif-Bold.ttf"));
        assertSameAsOpenhtmltopdfsOwnFaces(HTML.formatted(
                "@font-face { font-family: 'Own Face'; src: url(data:font/ttf;base64," + face + ") }"));
    }

    private static void assertSameAsOpenhtmltopdfsOwnFaces(String html) throws Exception {
        FontSet fonts = FontSet.liberation();
        PdfRendererBuilder own = builder(html, new BatikSVGDrawer());
        for (FontSet.Face f : fonts.faces()) {
            byte[] bytes = fonts.rawBytes(f.file());
            own.useFont(() -> new ByteArrayInputStream(bytes), f.family(), f.weight(),
                    f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.SVG));
        }
        assertArrayEquals(pixels(own), pixels(builder(html, fonts.svg().drawer())));
    }

    private static PdfRendererBuilder builder(String html, BatikSVGDrawer drawer) {
        return new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).useSVGDrawer(drawer);
    }

    private static int[] pixels(PdfRendererBuilder builder) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out).run();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            return page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
        }
    }
}
