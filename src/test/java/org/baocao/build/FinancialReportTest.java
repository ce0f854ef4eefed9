package org.baocao.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baocao.render.pdf.PdfValidation;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Tân Phú fund's 2025 report: fixed decimals, negatives, row styles, key figures, figures from data-only reports. */
class FinancialReportTest {
    @TempDir
    static Path temp;
    static Path output;
    static List<Diagnostic> diagnostics;

    static final String VI_PAGE = "vi/2025/tinh-hinh-tai-chinh/index.html";
    static final String EN_PAGE = "en/2025/financial-position/index.html";
    static final String VI_PDF = "vi/2025/bao-cao-thuong-nien-2025.pdf";
    static final String EN_PDF = "en/2025/annual-report-2025.pdf";

    @BeforeAll
    static void build() {
        Path project = TanPhuFixture.write(new ProjectFixture(temp.resolve("tan-phu"))).root();
        output = temp.resolve("site");
        Diagnostics found = new Diagnostics();
        new Pipeline().build(new BuildOptions(project, output, true, false), found);
        diagnostics = found.sorted();
    }

    @Test
    void buildsWithoutAProblem() {
        assertEquals(List.of(), diagnostics.stream().map(Diagnostic::format).toList());
    }

    @Test
    void aFiveYearTableTakesFourYearsFromDataOnlyReportsWithFixedDecimals() throws IOException {
        assertEquals(List.of("Tổng tài sản", "812,5", "880,0", "941,8", "1.010,5", "1.102,3"), row(VI_PAGE, "five-years", 0));
        assertEquals(List.of("Tiền gửi", "968,0", "1.004,3", "1.051,0", "1.087,6", "1.160,0"), row(VI_PAGE, "five-years", 1));
        assertEquals(List.of("Total assets", "812.5", "880.0", "941.8", "1,010.5", "1,102.3"), row(EN_PAGE, "five-years", 0));
        assertEquals(List.of("Deposits", "968.0", "1,004.3", "1,051.0", "1,087.6", "1,160.0"), row(EN_PAGE, "five-years", 1));
    }

    @Test
    void negativesPrintAsConfiguredAndRowsCarryTheirStyle() throws IOException {
        assertEquals(List.of("Dự phòng rủi ro cho vay", "(12,4)", "\u221210,3"), row(VI_PAGE, "balance", 2));
        assertEquals(List.of("Loan loss provisions", "(12.4)", "\u221210.3"), row(EN_PAGE, "balance", 2));
        Element table = page(VI_PAGE).selectFirst("#table-finance-balance");
        Element heading = table.select("tbody tr").get(0);
        assertEquals("row-heading", heading.className());
        assertEquals("3", heading.child(0).attr("colspan"));
        assertEquals("Tài sản", heading.text());
        assertEquals("row-subtotal", table.select("tbody tr").get(3).className());
        Element total = table.select("tbody tr").get(4);
        assertEquals("row-total", total.className());
        assertEquals(List.of("Tổng cộng tài sản", "1.102,3", "1.010,5"), total.children().eachText());
        String css = Files.readString(output.resolve("assets/site.css"));
        assertTrue(css.contains(".data-table tr.row-total > * { font-weight: 700; border-top: 2px solid var(--navy); }"), css);
    }

    @Test
    void aBalanceSheetTakesItsRowsFromAnExcelWorkbook() throws IOException {
        Element vi = page(VI_PAGE).selectFirst("#table-finance-balance-sheet");
        assertEquals(List.of("Tài sản", "Tiền mặt 14,0 12,2", "Tiền gửi tại tổ chức tín dụng khác 45,4 43,4",
                "Cho vay khách hàng 1.050,7 962,2", "Dự phòng rủi ro cho vay (12,4) \u221210,3", "Cho vay thuần 1.038,3 951,9",
                "Tài sản khác 4,6 3,0", "Tổng cộng tài sản 1.102,3 1.010,5"), vi.select("tbody tr").eachText());
        assertEquals(List.of("row-heading", "", "", "", "", "row-subtotal", "", "row-total"),
                vi.select("tbody tr").stream().map(Element::className).toList());
        Element en = page(EN_PAGE).selectFirst("#table-finance-balance-sheet");
        assertEquals("Loan loss provisions (12.4) \u221210.3", en.select("tbody tr").get(4).text());
        assertEquals("Total assets 1,102.3 1,010.5", en.select("tbody tr").get(7).text());
        assertTrue(pdfText(VI_PDF).contains("Cho vay thuần 1.038,3 951,9 Tài sản khác 4,6 3,0 Tổng cộng tài sản 1.102,3 1.010,5"));
        assertTrue(pdfText(EN_PDF).contains("Net loans 1,038.3 951.9 Other assets 4.6 3.0 Total assets 1,102.3 1,010.5"));
    }

    @Test
    void aSemicolonCsvWithDecimalCommasFeedsAChart() throws IOException {
        assertEquals(List.of("2021 9,5 5,25", "2022 9,25 5,1", "2023 9,8 5,6", "2024 9,1 5", "2025 8,75 4,8"),
                page(VI_PAGE).select("#chart-finance-rates-figure .chart-data tbody tr").eachText());
        assertEquals(List.of("2021 9.5 5.25", "2022 9.25 5.1", "2023 9.8 5.6", "2024 9.1 5", "2025 8.75 4.8"),
                page(EN_PAGE).select("#chart-finance-rates-figure .chart-data tbody tr").eachText());
    }

    @Test
    void narrativesPrintOtherReportsFiguresAndFixedDecimals() throws IOException {
        String vi = page(VI_PAGE).select("main p").text();
        assertTrue(vi.contains("Tổng tài sản đạt 1.102,3 tỷ đồng, so với 1.010,5 tỷ đồng năm 2024."), vi);
        assertTrue(vi.contains("Tỷ lệ nợ xấu là 0,82%; dự phòng (12,4)."), vi);
        assertTrue(vi.contains("Cho vay thuần đạt 1.038,3 tỷ đồng."), vi);
        String en = page(EN_PAGE).select("main p").text();
        assertTrue(en.contains("The non-performing loan ratio was 0.82%; provisions (12.4)."), en);
    }

    @Test
    void keyFiguresPrintUnitAndChangeInSiteAndPdf() throws IOException {
        List<String> vi = page("vi/2025/index.html").select(".key-figure").eachText();
        assertEquals(List.of("1.102,3 tỷ đồng Tổng tài sản ▲ +91,8 (+9,1%) so với 2024",
                "0,82% Tỷ lệ nợ xấu ▼ \u22120,13 (\u221213,7%) so với cuối năm 2024",
                "4.210 Thành viên ▲ +10 (+0,2%) so với 2024"), vi);
        assertEquals("key-change key-change-down key-change-good",
                page("vi/2025/index.html").select(".key-figure .key-change").get(1).className());
        List<String> en = page("en/2025/index.html").select(".key-figure").eachText();
        assertEquals("1,102.3 VND billion Total assets ▲ +91.8 (+9.1%) compared with 2024", en.get(0));
        String viPdf = pdfText(VI_PDF);
        assertTrue(viPdf.contains("1.102,3 tỷ đồng Tổng tài sản ▲ +91,8 (+9,1%) so với 2024"), viPdf);
        assertTrue(viPdf.contains("0,82% Tỷ lệ nợ xấu ▼ \u22120,13 (\u221213,7%) so với cuối năm 2024"), viPdf);
        assertTrue(pdfText(EN_PDF).contains("1,102.3 VND billion Total assets ▲ +91.8 (+9.1%) compared with 2024"), pdfText(EN_PDF));
    }

    @Test
    void thePdfPrintsTheTablesAsTheSiteDoes() throws IOException {
        String vi = pdfText(VI_PDF);
        assertTrue(vi.contains("Dự phòng rủi ro cho vay (12,4) \u221210,3"), vi);
        assertTrue(vi.contains("Tổng tài sản 812,5 880,0 941,8 1.010,5 1.102,3"), vi);
        String en = pdfText(EN_PDF);
        assertTrue(en.contains("Loan loss provisions (12.4) \u221210.3"), en);
        assertTrue(en.contains("Deposits 968.0 1,004.3 1,051.0 1,087.6 1,160.0"), en);
    }

    @Test
    void everyTableAndChartLinksItsDataAsCsv() throws IOException {
        Document vi = page(VI_PAGE);
        List<String> links = vi.select(".data-download a").eachAttr("href");
        assertEquals(List.of("../../../vi/2025/data/table-finance-five-years.csv", "../../../vi/2025/data/table-finance-balance.csv",
                "../../../vi/2025/data/table-finance-balance-sheet.csv", "../../../vi/2025/data/chart-finance-rates.csv"), links);
        for (String link : links) assertTrue(Files.isRegularFile(output.resolve(VI_PAGE).resolveSibling(link).normalize()), link);
        assertEquals(List.of("Tải dữ liệu (CSV)"), vi.select(".data-download a").eachText().stream().distinct().toList());
        assertEquals("table-finance-balance-caption", vi.select(".data-download a").get(1).attr("aria-describedby"));
        assertEquals("Bảng 2. Bảng cân đối kế toán rút gọn", vi.getElementById("table-finance-balance-caption").text());
        assertEquals("Download data (CSV)", page(EN_PAGE).selectFirst(".data-download a").text());

        byte[] csv = Files.readAllBytes(output.resolve("vi/2025/data/table-finance-balance-sheet.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 with a BOM");
        assertEquals("""
                \uFEFFKhoản mục,31/12/2025,31/12/2024\r
                Tài sản,,\r
                Tiền mặt,14.0,12.2\r
                Tiền gửi tại tổ chức tín dụng khác,45.4,43.4\r
                Cho vay khách hàng,1050.7,962.2\r
                Dự phòng rủi ro cho vay,-12.4,-10.3\r
                Cho vay thuần,1038.3,951.9\r
                Tài sản khác,4.6,3.0\r
                Tổng cộng tài sản,1102.3,1010.5\r
                """, new String(csv, StandardCharsets.UTF_8));
        assertEquals("""
                \uFEFFCategory (%),Lending,Deposits\r
                2021,9.5,5.25\r
                2022,9.25,5.1\r
                2023,9.8,5.6\r
                2024,9.1,5\r
                2025,8.75,4.8\r
                """, Files.readString(output.resolve("en/2025/data/chart-finance-rates.csv")));
    }

    @Test
    void thePdfCarriesTheSameCsvFilesAsAssociatedFiles() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(VI_PDF).toFile())) {
            Map<String, PDComplexFileSpecification> files = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertEquals(List.of("chart-finance-rates.csv", "table-finance-balance-sheet.csv", "table-finance-balance.csv",
                    "table-finance-five-years.csv"), List.copyOf(files.keySet()));
            PDComplexFileSpecification balance = files.get("table-finance-balance-sheet.csv");
            assertEquals("Bảng 3. Bảng cân đối kế toán", balance.getFileDescription());
            assertEquals("Data", balance.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
            assertEquals("text/csv", balance.getEmbeddedFile().getSubtype());
            assertArrayEquals(Files.readAllBytes(output.resolve("vi/2025/data/table-finance-balance-sheet.csv")),
                    balance.getEmbeddedFile().toByteArray());
            COSArray associated = (COSArray) pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertEquals(4, associated.size());
        }
        for (String pdf : List.of(VI_PDF, EN_PDF)) {
            assertEquals(List.of(), PdfValidation.failures(output.resolve(pdf), PDFAFlavour.PDFA_3_A), pdf);
            assertEquals(List.of(), PdfValidation.failures(output.resolve(pdf), PDFAFlavour.PDFUA_1), pdf);
        }
    }

    @Test
    void dataOnlyReportsAreNeverPublished() throws IOException {
        for (String year : List.of("2021", "2022", "2023", "2024")) {
            assertFalse(Files.exists(output.resolve("vi/" + year)), year);
            assertFalse(Files.exists(output.resolve("en/" + year)), year);
        }
        assertEquals(List.of("Báo cáo thường niên 2025"), page("vi/index.html").select(".report-card h2, .report-card h3").eachText());
    }

    static List<String> row(String page, String table, int index) throws IOException {
        return page(page).selectFirst("#table-finance-" + table).select("tbody tr").get(index).children().eachText();
    }

    static Document page(String relative) throws IOException {
        return Jsoup.parse(output.resolve(relative).toFile(), "UTF-8");
    }

    static String pdfText(String relative) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(relative).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
