package org.baocao.brand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.render.pdf.PdfValidation;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The brand kit fixture built end to end: its fonts, colours and logo in the site and in the PDFs. */
class BrandKitIT {
    /** The third brand chart colour: only the charts use it. */
    private static final int CHART_BLUE = 0x3a6ea5;
    /** The first series colour of the default palette, which a brand with chart colours replaces. */
    private static final int DEFAULT_SERIES = 0x1f4e79;
    /** The sun of the fixture's logo: nothing else is this orange. */
    private static final int LOGO_ORANGE = 0xd35400;

    @TempDir
    static Path temp;
    static Path project;
    static Path output;
    static List<Path> pdfs;

    @BeforeAll
    static void build() throws IOException {
        project = BrandKitFixture.write(temp.resolve("project"));
        output = temp.resolve("output");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> diagnostics.sorted().toString());
        assertEquals(List.of(), diagnostics.sorted());
        pdfs = result.pdfs().stream().map(output::resolve).toList();
        assertEquals(2, pdfs.size());
    }

    @Test
    void thePdfsEmbedTheBrandFonts() throws IOException {
        for (Path pdf : pdfs) {
            Set<String> fonts = new TreeSet<>();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        // A subset's name is "ABCDEF+NotoSerif-Regular".
                        fonts.add(page.getResources().getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    }
                }
            }
            assertTrue(fonts.containsAll(List.of("NotoSerif-Regular", "NotoSerif-Bold", "NotoSerif-Italic",
                    "NotoSerif-BoldItalic", "NotoSans-Regular", "NotoSans-Bold")), pdf + ": " + fonts);
        }
    }

    @Test
    void theSiteServesTheBrandFontsAndStylesheet() throws IOException {
        String css = Files.readString(output.resolve("assets/brand.css"));
        assertTrue(css.contains("@font-face { font-family: \"Brand Body\"; src: url(\"fonts/body-bold-italic.ttf\")"), css);
        assertTrue(css.contains("--navy: #0b6e4f;"), css);
        assertTrue(css.contains("--gold: #f2a900;"), css);
        for (String face : List.of("body-regular", "body-bold", "body-italic", "body-bold-italic", "headings-regular", "headings-bold")) {
            Path font = output.resolve("assets/fonts/" + face + ".ttf");
            assertTrue(Files.size(font) < Files.size(BrandKitFixture.NOTO.resolve("NotoSans-Regular.ttf")) / 2, font + " is subset");
        }
        Document page = Jsoup.parse(output.resolve("vi/2025/tong-quan/index.html").toFile());
        assertEquals("../../../assets/brand.css", page.select("link[rel=stylesheet]").last().attr("href"));
    }

    @Test
    void theChartsUseTheBrandColoursOnTheSite() throws IOException {
        String html = Files.readString(output.resolve("vi/2025/tong-quan/index.html"));
        for (String colour : List.of("#0b6e4f", "#f2a900", "#3a6ea5", "#b5446e")) {
            assertTrue(html.contains("fill=\"" + colour + "\""), colour);
        }
        assertFalse(html.contains(String.format("#%06x", DEFAULT_SERIES)));
    }

    @Test
    void theChartsUseTheBrandColoursInThePdf() throws IOException {
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                int blue = 0;
                for (int i = 0; i < document.getNumberOfPages(); i++) {
                    BufferedImage image = new PDFRenderer(document).renderImageWithDPI(i, 40);
                    blue += pixels(image, CHART_BLUE);
                    assertEquals(0, pixels(image, DEFAULT_SERIES), pdf + " page " + (i + 1) + " has the default series colour");
                }
                assertTrue(blue > 20, pdf + ": " + blue + " pixels of the brand's chart blue");
            }
        }
    }

    @Test
    void theLogoIsInTheSiteHeaderAndOnThePdfsCoverAndBackCover() throws IOException {
        Document page = Jsoup.parse(output.resolve("vi/2025/index.html").toFile());
        assertEquals("../../media/logo.svg", page.select("header.site-header a.brand img.brand-logo").attr("src"));
        assertEquals("../../media/logo.svg", page.select("meta[property=og:image]").attr("content"));
        assertArrayEquals(Files.readAllBytes(project.resolve("content/media/logo.svg")), Files.readAllBytes(output.resolve("media/logo.svg")));
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer renderer = new PDFRenderer(document);
                int last = document.getNumberOfPages() - 1;
                assertTrue(pixels(renderer.renderImageWithDPI(0, 40), LOGO_ORANGE) > 10, pdf + ": no logo on the cover");
                assertTrue(pixels(renderer.renderImageWithDPI(last, 40), LOGO_ORANGE) > 10, pdf + ": no logo on the back cover");
                for (int i = 1; i < last; i++) {
                    assertEquals(0, pixels(renderer.renderImageWithDPI(i, 40), LOGO_ORANGE), pdf + " page " + (i + 1));
                }
            }
        }
    }

    @Test
    void theSiteFooterAndTheColophonGiveTheContacts() throws IOException {
        Document page = Jsoup.parse(output.resolve("en/2025/index.html").toFile());
        assertEquals("5 Tran Phu Street, Tan Phu Commune Phone: +84 210 3 456 789 Email: lienhe@example.vn example.vn",
                page.select("footer address.footer-contacts").text());
        assertEquals("tel:+842103456789", page.select("footer address a[href^=tel:]").attr("href"));
        try (PDDocument document = Loader.loadPDF(output.resolve("en/2025/annual-report-2025.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(document.getNumberOfPages());
            String last = stripper.getText(document);
            assertTrue(last.contains("5 Tran Phu Street, Tan Phu Commune") && last.contains("lienhe@example.vn"), last);
        }
    }

    @Test
    void thePdfsPassPdfUaAndPdfA() {
        for (Path pdf : pdfs) {
            assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1), pdf + " PDF/UA-1");
            assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A), pdf + " PDF/A-3a");
        }
    }

    /** Pixels within a small distance of {@code rgb}, anti-aliased edges aside. */
    private static int pixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= 6 && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= 6
                        && Math.abs((p & 0xff) - (rgb & 0xff)) <= 6) count++;
            }
        }
        return count;
    }
}
