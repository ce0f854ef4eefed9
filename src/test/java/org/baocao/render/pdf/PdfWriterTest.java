package org.baocao.render.pdf;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import static org.junit.jupiter.api.Assertions.*;

class PdfWriterTest {

    static final String VI = "Liên minh Hợp tác xã Việt Nam tuyên truyền cho 152.730 lượt người";
    static final String VI2 = "Đổi mới; ưu đãi; kỷ cương; hiệu quả; ₫";
    static final String TONES = "ma mà má mả mã mạ ăn âm đi êm ôm ơn ưng ằ ắ ẳ ẵ ặ ầ ấ ẩ ẫ ậ ề ế ể ễ ệ ồ ố ổ ỗ ộ ờ ớ ở ỡ ợ ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ";

    static final PdfMetadata META = new PdfMetadata("Báo cáo thường niên 2024", "Liên minh HTX Việt Nam",
            "Báo cáo hoạt động năm 2024", "vi", Instant.parse("2025-03-01T08:00:00Z"), "báo cáo, hợp tác xã");

    // Note the explicit </bookmark>: jsoup's HTML parser ignores "/>" on unknown tags.
    static final String HTML = """
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8"/>
            <title>Báo cáo thường niên 2024</title>
            <style>
              @page { size: A4; margin: 20mm 18mm 25mm 18mm;
                @bottom-center { content: "Trang " counter(page) " / " counter(pages); font-family: 'Liberation Sans'; font-size: 9pt; } }
              body { font-family: 'Liberation Serif'; font-size: 11pt; }
              h1, h2, th { font-family: 'Liberation Sans'; }
              table { border-collapse: collapse; -fs-table-paginate: paginate; }
              th, td { border: 1px solid #888; padding: 2pt 6pt; }
              .next { page-break-before: always; }
              .nofamily { font-family: 'No Such Font'; }
              bookmarks { display: none; }
            </style>
            <bookmarks>
              <bookmark name="Tổng quan" href="#tong-quan">
                <bookmark name="Số liệu" href="#so-lieu"></bookmark>
              </bookmark>
              <bookmark name="Biểu đồ" href="#bieu-do"></bookmark>
            </bookmarks>
            </head>
            <body>
            <h1 id="tong-quan">Tổng quan</h1>
            <p>%s; %s.</p>
            <p><em>%s</em></p>
            <p class="nofamily">Văn bản không có phông riêng: office, efficient, <strong>đậm</strong>.</p>
            <p>The office is efficient and effective; <strong>official</strong> <em>affiliates</em>.</p>
            <ul><li>Đổi mới</li><li>ưu đãi</li><li>kỷ cương</li></ul>
            <h2 id="so-lieu">Số liệu</h2>
            <table>
              <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col">Năm 2024</th></tr></thead>
              <tbody><tr><td>Lượt người</td><td>152.730</td></tr><tr><td>Hợp tác xã</td><td>1.234</td></tr></tbody>
            </table>
            <p><img src="http://127.0.0.1:%d/x.png" alt="Ảnh ngoài mạng"/>
               <img src="img/dot.png" alt="Ô màu đỏ" style="width: 20pt"/>
               <img src="../outside.png" alt="Ảnh ngoài thư mục"/></p>
            <h2 id="bieu-do" class="next">Biểu đồ</h2>
            <svg xmlns="http://www.w3.org/2000/svg" width="300" height="160" viewBox="0 0 300 160" role="img"
                 alt="Số hợp tác xã theo năm: 2022 thấp nhất, 2024 cao nhất">
              <title>Số hợp tác xã theo năm</title>
              <rect x="20" y="60" width="50" height="80" fill="#1f77b4"/>
              <rect x="100" y="30" width="50" height="110" fill="#ff7f0e"/>
              <rect x="180" y="10" width="50" height="130" fill="#2ca02c"/>
              <text x="20" y="155" font-family="Liberation Sans" font-size="12">2022 2023 2024 năm</text>
            </svg>
            </body>
            </html>
            """;

    static final PdfWriter WRITER = new PdfWriter(FontSet.liberation());
    static HttpServer server;
    static final AtomicInteger hits = new AtomicInteger();
    static Path pdf;
    static URI base;

    @TempDir
    static Path dir;

    @BeforeAll
    static void render() throws Exception {
        // A local server stands in for the network: the render must never call it.
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> { hits.incrementAndGet(); ex.sendResponseHeaders(404, -1); ex.close(); });
        server.start();
        // The site folder holds one image; a second one lies outside it and must not be loaded.
        Files.createDirectories(dir.resolve("site/img"));
        base = dir.resolve("site").toUri(); // an existing folder: toUri() ends it with "/"
        BufferedImage red = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var g = red.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ImageIO.write(red, "png", dir.resolve("site/img/dot.png").toFile());
        ImageIO.write(red, "png", dir.resolve("outside.png").toFile());
        try {
            pdf = dir.resolve("out/report-vi.pdf");
            WRITER.write(html(), base, META, pdf);
            // -Dpdfcheck.dir=/some/dir keeps the PDF to look at (pdftoppm -png -r 70 ...).
            String keep = System.getProperty("pdfcheck.dir");
            if (keep != null) {
                Files.createDirectories(Path.of(keep));
                Files.copy(pdf, Path.of(keep, "report-vi.pdf"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            server.stop(0);
        }
    }

    static String html() {
        return HTML.formatted(VI, VI2, TONES, server.getAddress().getPort());
    }

    @Test
    void textLayerHasExactVietnameseAndLigatureWords() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // Lines wrap anywhere, so compare with whitespace collapsed.
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String s : List.of(VI, VI2, "Tổng quan", "Số liệu", "152.730", "đậm", "Trang 1 / 2")) {
                assertTrue(text.contains(s), () -> "missing '" + s + "' in:\n" + text);
            }
            for (String tone : TONES.split(" ")) {
                assertTrue(text.contains(tone), "missing " + tone);
            }
            for (String w : List.of("office", "efficient", "effective", "official", "affiliates")) {
                assertTrue(text.contains(w), () -> "ligature lost: " + w + " in\n" + text);
            }
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        }
    }

    @Test
    void allFontsEmbeddedAndSubset() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    names.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName() + " not embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.*"), f.getName() + " not subset");
                }
            }
            assertTrue(names.stream().anyMatch(n -> n.contains("LiberationSerif")), names.toString());
            assertTrue(names.stream().anyMatch(n -> n.contains("LiberationSans")), names.toString());
        }
    }

    @Test
    void pagesLanguageTitleOutlineAndMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            var catalog = doc.getDocumentCatalog();
            assertEquals("vi", catalog.getLanguage());
            assertTrue(catalog.getViewerPreferences().displayDocTitle());
            assertTrue(catalog.getMarkInfo().isMarked());
            assertNotNull(catalog.getStructureTreeRoot());
            var info = doc.getDocumentInformation();
            assertEquals(META.title(), info.getTitle());
            assertEquals(META.author(), info.getAuthor());
            assertEquals(META.subject(), info.getSubject());
            assertEquals(META.keywords(), info.getKeywords());
            assertEquals("baocao", info.getCreator());
            assertEquals(META.date(), info.getCreationDate().toInstant());
            assertEquals(META.date(), info.getModificationDate().toInstant());
            var outline = catalog.getDocumentOutline();
            assertNotNull(outline, "bookmarks");
            assertEquals("Tổng quan", outline.getFirstChild().getTitle());
            assertEquals("Số liệu", outline.getFirstChild().getFirstChild().getTitle());
            assertEquals("Biểu đồ", outline.getLastChild().getTitle());
        }
    }

    @Test
    void reproducible() throws Exception {
        Path again = dir.resolve("again.pdf");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", server.getAddress().getPort()), 0);
        server.start();
        try {
            WRITER.write(html(), base, META, again);
        } finally {
            server.stop(0);
        }
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(again));
    }

    @Test
    void parallelRendersGiveTheSameBytes() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", server.getAddress().getPort()), 0);
        server.start();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var futures = new ArrayList<Future<byte[]>>();
            for (int i = 0; i < 2; i++) {
                Path out = dir.resolve("parallel-" + i + ".pdf");
                futures.add(pool.submit(() -> {
                    WRITER.write(html(), base, META, out);
                    return Files.readAllBytes(out);
                }));
            }
            byte[] expected = Files.readAllBytes(pdf);
            for (var f : futures) assertArrayEquals(expected, f.get());
        } finally {
            pool.shutdown();
            server.stop(0);
        }
    }

    @Test
    void onlyTheImageInsideTheSiteFolderIsEmbedded() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName n : res.getXObjectNames()) {
                    if (res.getXObject(n) instanceof PDImageXObject) images++;
                }
            }
            assertEquals(1, images);
        }
    }

    @Test
    void networkIsNeverUsed() {
        assertEquals(0, hits.get(), "the renderer fetched a network URL");
        Path root = dir.toAbsolutePath();
        assertTrue(PdfWriter.isAllowed(root.resolve("img/a.png").toUri().toString(), root));
        assertTrue(PdfWriter.isAllowed("data:image/png;base64,AAAA", root));
        assertFalse(PdfWriter.isAllowed("http://example.com/x.png", root));
        assertFalse(PdfWriter.isAllowed("https://example.com/x.png", root));
        assertFalse(PdfWriter.isAllowed("ftp://example.com/x.png", root));
        assertFalse(PdfWriter.isAllowed("jar:file:/x.jar!/a.css", root));
        assertFalse(PdfWriter.isAllowed(root.resolve("../secret.png").toUri().toString(), root));
        assertFalse(PdfWriter.isAllowed("file://host/share/x.png", root));
    }

    @Test
    void pdfUa1() {
        List<String> failures = PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(failures.isEmpty(), () -> "PDF/UA-1 failures:\n" + String.join("\n", failures));
    }

    @Test
    void pdfA3() {
        List<String> failures = PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A);
        assertTrue(failures.isEmpty(), () -> "PDF/A-3a failures:\n" + String.join("\n", failures));
    }
}
