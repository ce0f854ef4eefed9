package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baocao.bench.PrintFixture;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.cli.Main;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import picocli.CommandLine;

/** End-to-end builds of the print edition: the sample report and a fictional fixture (see {@link PrintFixture}). */
class PrintEditionIT {
    private static final float POINTS_PER_MM = 72f / 25.4f;

    @TempDir
    Path temp;

    private List<Path> build(Path project, Path output) {
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> "build failed: " + diagnostics.sorted());
        return result.pdfs().stream().map(output::resolve).toList();
    }

    private static void assertValid(Path pdf) {
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1), pdf + " PDF/UA-1");
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A), pdf + " PDF/A-3a");
    }

    private static List<String> pageTexts(Path pdf) throws IOException {
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

    /** Every contents line "01 Title  page" names a page whose running head is "1. Title" (the chapter's first). */
    private static void assertContentsMatchPages(List<String> pages, int expectedEntries) {
        Matcher entry = Pattern.compile("(?m)^(\\d+)\\s*(.+?)\\s+(\\d+)\\s*$").matcher(pages.get(1));
        int entries = 0;
        while (entry.find()) {
            entries++;
            int page = Integer.parseInt(entry.group(3));
            String heading = Integer.parseInt(entry.group(1)) + ". " + entry.group(2);
            assertTrue(pages.get(page - 1).contains(heading), "contents say '" + heading + "' is on page " + page
                    + ", but that page reads:\n" + pages.get(page - 1));
        }
        assertEquals(expectedEntries, entries, "contents entries:\n" + pages.get(1));
    }

    @Test
    void sampleReportIsValidAndItsContentsAreRight() throws IOException {
        Path output = temp.resolve("out");
        List<Path> pdfs = build(Path.of("").toAbsolutePath(), output);
        assertEquals(2, pdfs.size());
        for (Path pdf : pdfs) {
            assertValid(pdf);
            List<String> pages = pageTexts(pdf);
            assertContentsMatchPages(pages, 7);
            assertTrue(pages.get(pages.size() - 1).contains("baocao"), "colophon last");
        }
        List<String> vi = pageTexts(output.resolve("vi/2016-2020/bao-cao-tong-ket-nhiem-ky-2016-2020.pdf"));
        // Chapter 1 (pages 4 and 5 under its half-page opener) refers to the figure of chapter 2.
        assertTrue((vi.get(3) + vi.get(4)).contains("(Hình 1)"), "cross-reference resolved to the figure's number:\n" + vi.get(4));
        assertTrue(vi.get(3).contains("Trang 4 / " + vi.size()), vi.get(3));
        assertTrue(vi.stream().noneMatch(p -> p.contains("↩")), "no footnote back links on paper");
        // Each chart is printed once, in its wide shape: the site's compact shape for phones is left out.
        List<String> charts = figureAltTexts(output.resolve("vi/2016-2020/bao-cao-tong-ket-nhiem-ky-2016-2020.pdf"))
                .stream().filter(alt -> alt.startsWith("Biểu đồ")).toList();
        assertEquals(2, charts.size(), charts.toString());
    }

    /** The alt text of every Figure in the PDF's structure tree, in reading order. */
    private static List<String> figureAltTexts(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> alts = new ArrayList<>();
            collectFigureAlts(document.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            return alts;
        }
    }

    private static void collectFigureAlts(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStandardStructureType()) && element.getAlternateDescription() != null) {
                    alts.add(element.getAlternateDescription());
                }
                collectFigureAlts(element.getKids(), alts);
            }
        }
    }

    @Test
    void fixtureIsValidRepeatsTableHeadersAndPutsFootnotesOnTheirPage() throws IOException {
        Path project = temp.resolve("lotus");
        PrintFixture.write(project, 3, "");
        List<Path> pdfs = build(project, project.resolve("output"));
        for (Path pdf : pdfs) assertValid(pdf);
        try (var files = Files.walk(project.resolve("output"))) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith("-print.pdf")).toList(), "print shop's files only on request");
        }
        Path vi = project.resolve("output/vi/2023/bao-cao-thuong-nien-2023.pdf");
        List<String> pages = pageTexts(vi);
        assertContentsMatchPages(pages, 3);

        // Table 1 (60 rows) runs from its caption's page to the page of its last row; its header is on each.
        int first = indexOf(pages, "Bảng 1. Các ao sen của vùng 1");
        int last = indexOf(pages, "1-" + PrintFixture.TABLE_ROWS + " ");
        assertTrue(last > first, "the 60-row table spans pages " + (first + 1) + "–" + (last + 1));
        for (int p = first; p <= last; p++) {
            assertTrue(pages.get(p).contains("Hộ chăm sóc") && pages.get(p).contains("Diện tích (m²)"),
                    "table header on page " + (p + 1) + ":\n" + pages.get(p));
        }
        // No row is split: each row's pond id and its household are on the same page.
        for (int r = 1; r <= PrintFixture.TABLE_ROWS; r++) {
            int page = indexOf(pages, "1-" + r + " ");
            assertTrue(pages.get(page).contains("Hộ gia đình số " + r), "row " + r + " split across pages");
        }
        // Footnote 1 of chapter 1 is printed on the page that calls it; chapter 2 counts its notes from 1 again.
        int call = indexOf(pages, "vùng sen số 1 (xem");
        assertTrue(pages.get(call).contains("1. Sổ ghi chép của tổ sản xuất vùng 1."), pages.get(call));
        int call2 = indexOf(pages, "vùng sen số 2 (xem");
        assertTrue(pages.get(call2).contains("1. Sổ ghi chép của tổ sản xuất vùng 2."), pages.get(call2));
        // Cross-references, forward ones too, carry the numbers of the figures.
        assertTrue(pages.get(call).contains("(xem Hình 1, Bảng 2)"), pages.get(call));
        List<String> en = pageTexts(project.resolve("output/en/2023/annual-report-2023.pdf"));
        assertTrue(en.get(indexOf(en, "lotus area 1 (see")).contains("(see Figure 1, Table 2)"));
        assertTrue(en.get(3).contains("Page 4 of " + en.size()), en.get(3));
    }

    @Test
    void twoBuildsGiveTheSameBytes() throws IOException {
        Path project = temp.resolve("lotus");
        PrintFixture.write(project, 1, "");
        Path a = build(project, temp.resolve("a")).get(0);
        // Made again, not copied: the kept PDFs rest on this (PdfCache).
        PdfCache.forProject(project).clear();
        Path b = build(project, temp.resolve("b")).get(0);
        assertEquals(a.getFileName(), b.getFileName());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void pageSizesFromSiteYaml() throws IOException {
        assertPageSize("  page_size: A5\n  margin: 15mm\n", 148, 210);
        assertPageSize("  page_size: Letter\n", 215.9f, 279.4f);
    }

    private void assertPageSize(String print, float widthMm, float heightMm) throws IOException {
        Path project = Files.createTempDirectory(temp, "size");
        PrintFixture.write(project, 1, print);
        for (Path pdf : build(project, project.resolve("output"))) {
            assertValid(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    assertEquals(widthMm * POINTS_PER_MM, page.getMediaBox().getWidth(), 1, pdf.toString());
                    assertEquals(heightMm * POINTS_PER_MM, page.getMediaBox().getHeight(), 1, pdf.toString());
                }
            }
            List<String> pages = pageTexts(pdf);
            assertContentsMatchPages(pages, 1);
        }
    }

    @Test
    void printShopFilesBesideTheReadersPdfsWhichTheSiteLinks() throws IOException {
        Path project = temp.resolve("shop");
        PrintFixture.write(project, 1, "  print_shop: true\n  bilingual_edition: true\n");
        Path output = project.resolve("output");
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("build", "--project", project.toString()));
        List<String> readersPdfs = List.of("en/2023/annual-report-2023.pdf", "vi/2023/bao-cao-thuong-nien-2023-vi-en.pdf",
                "vi/2023/bao-cao-thuong-nien-2023.pdf");
        List<String> printShopPdfs = List.of("en/2023/annual-report-2023-print.pdf", "vi/2023/bao-cao-thuong-nien-2023-print.pdf",
                "vi/2023/bao-cao-thuong-nien-2023-vi-en-print.pdf");
        try (var files = Files.walk(output)) {
            List<String> written = files.filter(f -> f.toString().endsWith(".pdf")).map(f -> output.relativize(f).toString()).sorted().toList();
            List<String> expected = new ArrayList<>(readersPdfs);
            expected.addAll(printShopPdfs);
            assertEquals(expected.stream().sorted().toList(), written);
        }
        // The summary names the print shop's files, which no page links to.
        assertTrue(out.toString().contains(", 3 PDFs and 3 print-shop PDFs into "), out.toString());
        for (String forPrinter : printShopPdfs) {
            assertTrue(out.toString().contains("for the print shop: " + output.resolve(forPrinter)), out.toString());
        }

        for (String readers : readersPdfs) {
            Path pdf = output.resolve(readers);
            assertValid(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    assertEquals(210 * POINTS_PER_MM, page.getMediaBox().getWidth(), 1, readers);
                    assertEquals(297 * POINTS_PER_MM, page.getMediaBox().getHeight(), 1, readers);
                    // PDFBox answers the media box when a page has no TrimBox or BleedBox.
                    assertEquals(page.getMediaBox().toString(), page.getTrimBox().toString(), readers);
                    assertEquals(page.getMediaBox().toString(), page.getBleedBox().toString(), readers);
                }
            }
        }
        for (String forPrinter : printShopPdfs) {
            Path pdf = output.resolve(forPrinter);
            assertValid(pdf);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                for (PDPage page : document.getPages()) {
                    PDRectangle trim = page.getTrimBox();
                    PDRectangle bleed = page.getBleedBox();
                    assertEquals(210 * POINTS_PER_MM, trim.getWidth(), 1, forPrinter);
                    assertEquals(297 * POINTS_PER_MM, trim.getHeight(), 1, forPrinter);
                    assertEquals(216 * POINTS_PER_MM, bleed.getWidth(), 1, forPrinter);
                    assertEquals(303 * POINTS_PER_MM, bleed.getHeight(), 1, forPrinter);
                    assertEquals(230 * POINTS_PER_MM, page.getMediaBox().getWidth(), 1, forPrinter);
                    assertEquals(317 * POINTS_PER_MM, page.getMediaBox().getHeight(), 1, forPrinter);
                }
            }
        }
        // The same document in both: as many pages, the same text.
        assertEquals(pageTexts(output.resolve("vi/2023/bao-cao-thuong-nien-2023-vi-en.pdf")),
                pageTexts(output.resolve("vi/2023/bao-cao-thuong-nien-2023-vi-en-print.pdf")));

        // The site links the readers' PDFs only.
        List<String> links = new ArrayList<>();
        try (var files = Files.walk(output)) {
            for (Path html : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher href = Pattern.compile("href=\"([^\"]+\\.pdf)\"").matcher(Files.readString(html));
                while (href.find()) links.add(href.group(1));
            }
        }
        assertTrue(links.stream().anyMatch(l -> l.endsWith("bao-cao-thuong-nien-2023.pdf")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.contains("-print")), links.toString());
    }

    @Test
    void bilingualEditionHasBothLanguagesAndOneContents() throws IOException {
        Path project = temp.resolve("both");
        PrintFixture.write(project, 2, "  bilingual_edition: true\n");
        List<Path> pdfs = build(project, project.resolve("output"));
        Path both = project.resolve("output/vi/2023/bao-cao-thuong-nien-2023-vi-en.pdf");
        assertTrue(pdfs.contains(both), pdfs.toString());
        assertValid(both);
        List<String> pages = pageTexts(both);
        assertContentsMatchPages(pages, 4);
        String contents = pages.get(1);
        assertTrue(contents.contains("Tiếng Việt") && contents.contains("English"), contents);
        int english = indexOf(pages, "1. Lotus area 1");
        assertTrue(pages.get(english).contains("Page " + (english + 1) + " of " + pages.size()), pages.get(english));
        assertTrue(pages.get(indexOf(pages, "1. Vùng sen số 1")).contains("Trang"));
    }

    private static int indexOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).contains(text)) return i;
        throw new AssertionError("'" + text + "' is on no page");
    }
}
