package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The print edition as a designer lays it out, on the Tân Phú fixture ({@link TanPhuFixture}): a full-bleed cover,
 * the key figures with their change, the chair's letter beside her portrait, pages that end well; accessible and
 * archival all the same.
 */
class DesignedPrintIT {
    private static final String VI = "vi/2025/bao-cao-thuong-nien-2025.pdf";
    private static final String EN = "en/2025/annual-report-2025.pdf";

    @TempDir
    static Path temp;
    private static Path output;

    @BeforeAll
    static void build() throws IOException {
        Path project = temp.resolve("tan-phu");
        TanPhuFixture.write(project, "  print_shop: true\n  bilingual_edition: true\n");
        output = project.resolve("output");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> "build failed: " + diagnostics.sorted());
    }

    @Test
    void theCoverPhotoFillsThePageToItsCornersAndTheBleed() throws IOException {
        for (String pdf : List.of(VI, EN)) {
            BufferedImage cover = render(output.resolve(pdf), 0);
            for (int[] corner : corners(cover, 0)) assertCoverPhoto(cover, corner, pdf);
        }
        // The print shop's file: the photo runs 3 mm beyond the trim, to the edge of the bleed box.
        String printShop = VI.replace(".pdf", "-print.pdf");
        BufferedImage sheet = render(output.resolve(printShop), 0);
        int bleedEdge = (int) Math.round((PrintShop.MARKS.outsetMm() - PrintShop.MARKS.bleedMm() + 0.5) * 72 / 25.4);
        for (int[] corner : corners(sheet, bleedEdge)) assertCoverPhoto(sheet, corner, printShop);
    }

    @Test
    void theCoverPageHoldsOnlyTheCoversText() throws IOException {
        String vi = pageTexts(output.resolve(VI)).get(0);
        String rest = vi.toLowerCase(Locale.ROOT);
        for (String part : List.of("Quỹ Tín dụng Nhân dân Tân Phú", "2025", "Báo cáo thường niên 2025", "Gần dân, an toàn, bền vững")) {
            assertTrue(rest.contains(part.toLowerCase(Locale.ROOT)), part + " on the cover:\n" + vi);
            rest = rest.replaceFirst(java.util.regex.Pattern.quote(part.toLowerCase(Locale.ROOT)), "");
        }
        assertEquals("", rest.strip(), "nothing else on the cover:\n" + vi);
    }

    @Test
    void theKeyFiguresPageShowsEachChangeInItsLanguageAsTheWebsiteDoes() throws IOException {
        List<String> viChanges = List.of("+198 (+16,5%)", "\u22120,6 (\u221225,0%)", "+400 (+11,4%)", "+102 (+24,9%)", "+0,6 (+8,0%)");
        List<String> enChanges = List.of("+198 (+16.5%)", "\u22120.6 (\u221225.0%)", "+400 (+11.4%)", "+102 (+24.9%)", "+0.6 (+8.0%)");
        String viPage = pageTexts(output.resolve(VI)).get(2);
        String enPage = pageTexts(output.resolve(EN)).get(2);
        String viSite = Files.readString(output.resolve("vi/2025/index.html"));
        String enSite = Files.readString(output.resolve("en/2025/index.html"));
        for (String change : viChanges) {
            assertTrue(viPage.contains(change), change + " on the key-figures page:\n" + viPage);
            assertTrue(viSite.contains(change), change + " on the website");
        }
        for (String change : enChanges) {
            assertTrue(enPage.contains(change), change + " on the key-figures page:\n" + enPage);
            assertTrue(enSite.contains(change), change + " on the website");
        }
        assertTrue(viPage.contains("so với 2024") && enPage.contains("compared with 2024"), viPage + enPage);
    }

    @Test
    void theLettersFirstEightyWordsStandBesideThePortrait() throws IOException {
        assertLetterBesidePortrait(output.resolve(VI), TanPhuFixture.LETTER_VI);
        assertLetterBesidePortrait(output.resolve(EN), TanPhuFixture.LETTER_EN);
    }

    private static void assertLetterBesidePortrait(Path pdf, String letter) throws IOException {
        String firstWords = String.join(" ", Arrays.asList(letter.split(" ")).subList(0, 80));
        List<String> pages = pageTexts(pdf);
        int found = -1;
        for (int i = 0; i < pages.size(); i++) if (found < 0 && pages.get(i).contains(letter.substring(0, 30))) found = i;
        int page = found;
        assertTrue(page > 0, "the letter is printed");
        assertTrue(pages.get(page).replaceAll("\\s+", " ").contains(firstWords), "first 80 words on the letter's first page:\n" + pages.get(page));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDPage pdfPage = document.getPage(page);
            Rectangle2D portrait = ImageLocations.of(pdfPage).stream().filter(r -> r.getHeight() > r.getWidth())
                    .findFirst().orElseThrow(() -> new AssertionError("no portrait on page " + (page + 1)));
            float pageWidth = pdfPage.getMediaBox().getWidth();
            assertTrue(portrait.getMinX() > pageWidth / 3, "the portrait is on the right: " + portrait);
            // Lines of text level with the portrait end before it: the text runs beside it, not under it.
            List<float[]> lines = lines(document, page + 1);
            long beside = lines.stream().filter(l -> l[0] > portrait.getMinY() && l[0] < portrait.getMaxY() && l[2] > pageWidth * 0.25)
                    .filter(l -> l[2] < portrait.getMinX()).count();
            long across = lines.stream().filter(l -> l[0] > portrait.getMinY() && l[0] < portrait.getMaxY())
                    .filter(l -> l[1] < portrait.getMinX() && l[2] > portrait.getMaxX()).count();
            assertTrue(beside >= 10, beside + " lines beside the portrait " + portrait);
            assertEquals(0, across, "no line crosses the portrait");
        }
    }

    @Test
    void noPageButAChaptersLastHoldsFewerThanFiveLines() throws IOException {
        for (String pdf : List.of(VI, EN)) {
            List<String> pages = pageTexts(output.resolve(pdf));
            // Body pages: after the cover, contents and key figures; before the back cover.
            for (int i = 3; i < pages.size() - 1; i++) {
                List<String> lines = pages.get(i).lines().filter(l -> !l.isBlank()).toList();
                int bodyLines = lines.size() - 2; // the running head and the footer
                boolean chaptersLast = i + 1 == pages.size() - 1 || startsChapter(pages.get(i + 1)) || bodyLines <= 0;
                assertTrue(bodyLines >= 5 || chaptersLast, pdf + " page " + (i + 1) + " has " + bodyLines + " lines:\n" + pages.get(i));
            }
        }
    }

    private static boolean startsChapter(String page) {
        return page.lines().anyMatch(l -> l.strip().matches("0\\d"));
    }

    @Test
    void theBackCoverHoldsTheContactsAndTheColophon() throws IOException {
        List<String> pages = pageTexts(output.resolve(VI));
        String back = pages.get(pages.size() - 1);
        for (String part : List.of("Quỹ Tín dụng Nhân dân Tân Phú", "Ấp Bình An, xã Tân Phú", "+84 270 3 555 010",
                "lienhe@tanphu.example.vn", "Thông tin xuất bản", "Được tạo bằng baocao")) {
            assertTrue(back.contains(part), part + " on the back cover:\n" + back);
        }
    }

    @Test
    void everyPdfIsAccessibleAndArchival() {
        for (String pdf : List.of(VI, EN, "vi/2025/bao-cao-thuong-nien-2025-vi-en.pdf", VI.replace(".pdf", "-print.pdf"))) {
            Path file = output.resolve(pdf);
            assertEquals(List.of(), PdfValidation.failures(file, PDFAFlavour.PDFUA_1), pdf + " PDF/UA-1");
            assertEquals(List.of(), PdfValidation.failures(file, PDFAFlavour.PDFA_3_A), pdf + " PDF/A-3a");
        }
    }

    private static void assertCoverPhoto(BufferedImage page, int[] at, String pdf) {
        Color seen = new Color(page.getRGB(at[0], at[1]));
        Color photo = TanPhuFixture.COVER_EDGE;
        int distance = Math.abs(seen.getRed() - photo.getRed()) + Math.abs(seen.getGreen() - photo.getGreen())
                + Math.abs(seen.getBlue() - photo.getBlue());
        assertTrue(distance < 45, pdf + ": the cover at " + Arrays.toString(at) + " is " + seen + ", not the photo's " + photo);
    }

    /** Points one pixel inside each corner of the page, or of the box {@code inset} pixels inside it. */
    private static List<int[]> corners(BufferedImage page, int inset) {
        int w = page.getWidth() - 1 - inset;
        int h = page.getHeight() - 1 - inset;
        int i = inset + 1;
        return List.of(new int[] {i, i}, new int[] {w - 1, i}, new int[] {i, h - 1}, new int[] {w - 1, h - 1});
    }

    /** The page at 72 dpi: one pixel a point. */
    private static BufferedImage render(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFRenderer(document).renderImageWithDPI(page, 72);
        }
    }

    static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("[ \\t\\u00A0]+", " "));
            }
            return pages;
        }
    }

    /** Each text line of a page (1-based) as {y from the bottom, first x, last x}, in points. */
    private static List<float[]> lines(PDDocument document, int page) throws IOException {
        List<float[]> lines = new ArrayList<>();
        float height = document.getPage(page - 1).getMediaBox().getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) return;
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                lines.add(new float[] {height - first.getYDirAdj(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj()});
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }

    /** Where a page draws its images, in points from the bottom left. */
    private static final class ImageLocations extends PDFStreamEngine {
        private final List<Rectangle2D> found = new ArrayList<>();

        private ImageLocations() {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        static List<Rectangle2D> of(PDPage page) throws IOException {
            ImageLocations engine = new ImageLocations();
            engine.processPage(page);
            return engine.found;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && operands.get(0) instanceof COSName name) {
                PDXObject object = getResources().getXObject(name);
                if (object instanceof PDImageXObject) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    found.add(new Rectangle2D.Float(ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
