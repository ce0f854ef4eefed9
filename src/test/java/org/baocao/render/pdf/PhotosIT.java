package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baocao.bench.PrintFixture;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.image.ImageCache;
import org.baocao.image.TestImages;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Photos as a communications team gets them (a phone photo turned by EXIF, a CMYK file from an agency, a 12 MB
 * 24-megapixel camera photo, a WebP from the web, a 16-bit PNG with transparency, an SVG logo) build into upright,
 * coloured, valid and small PDFs and into a site that sends phones small files; a second build encodes nothing.
 */
class PhotosIT {
    @TempDir
    Path temp;

    @Test
    void everyKindOfPhotoPrintsUprightAndInColourAndTheSiteServesSizes() throws IOException {
        Path project = temp.resolve("tan-phu");
        PrintFixture.write(project, 1, "");
        Path media = project.resolve("content/reports/2023/media");
        TestImages.exif6Jpeg(media.resolve("dien-thoai.jpg"), 1500, 1125);
        TestImages.bigPhoto(media.resolve("may-anh.jpg"));
        TestImages.resource("cmyk-cam.jpg", media.resolve("dai-ly-cmyk.jpg"));
        TestImages.resource("mong-ngua.webp", media.resolve("mong-ngua.webp"));
        TestImages.png16WithAlpha(media.resolve("con-dau.png"), 400);
        TestImages.svgLogo(media.resolve("logo.svg"));
        long bigPhotoBytes = Files.size(media.resolve("may-anh.jpg"));
        assertTrue(bigPhotoBytes > 10_000_000 && bigPhotoBytes < 14_000_000, "a 12 MB photo: " + bigPhotoBytes);
        String images = """

                ![Ảnh chụp bằng điện thoại](../media/dien-thoai.jpg)

                ![Ảnh máy ảnh 24 megapixel](../media/may-anh.jpg)

                ![Ảnh CMYK của đại lý](../media/dai-ly-cmyk.jpg)

                ![Ảnh WebP](../media/mong-ngua.webp)

                ![Con dấu trong suốt](../media/con-dau.png)

                ![Logo Quỹ Tín dụng Nhân dân Tân Phú](../media/logo.svg)
                """;
        for (String language : List.of("vi", "en")) {
            Files.writeString(project.resolve("content/reports/2023/" + language + "/01-chuong-1.md"), images, StandardOpenOption.APPEND);
        }

        Path output = project.resolve("output");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> "build failed: " + diagnostics.sorted());
        // The two small photos print at 96 ppi (their pixels at the 96 an inch a page without a set width gives them).
        List<String> warnings = diagnostics.sorted().stream().map(Diagnostic::format).filter(s -> s.contains("ppi")).toList();
        assertEquals(4, warnings.size(), () -> String.join("\n", warnings));
        assertTrue(warnings.get(0).startsWith("content/reports/2023/en/01-chuong-1.md:"), warnings.get(0));
        assertTrue(warnings.stream().anyMatch(w -> w.contains("image '../media/dai-ly-cmyk.jpg' prints at 96 ppi, too few pixels for a sharp photo on paper (200 ppi or more)")
                && w.contains("hint: use a larger original: 1001 pixels wide for its printed width of 85 mm")), () -> String.join("\n", warnings));

        for (String pdfPath : List.of("vi/2023/bao-cao-thuong-nien-2023.pdf", "en/2023/annual-report-2023.pdf")) {
            Path pdf = output.resolve(pdfPath);
            assertTrue(Files.size(pdf) < 3_000_000, pdfPath + " is " + Files.size(pdf) + " bytes");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                Map<Integer, PlacedImages.Placement> byWidth = PlacedImages.of(document).stream()
                        .collect(Collectors.toMap(PlacedImages.Placement::pixelWidth, Function.identity(), (a, b) -> a));
                // 170 mm of text width at 300 ppi: 2008 pixels; the phone photo has fewer, and keeps them.
                PlacedImages.Placement phone = byWidth.get(1500);
                assertTrue(phone != null, "phone photo in " + pdfPath + ": " + byWidth.keySet());
                assertEquals(1125, phone.pixelHeight(), "upright: wider than high");
                assertColour(TestImages.RED, PlacedImages.colourAt(document, phone, 0.5f, 0.2f), 24, "top of the phone photo");
                assertColour(TestImages.BLUE, PlacedImages.colourAt(document, phone, 0.5f, 0.8f), 24, "bottom of the phone photo");
                PlacedImages.Placement camera = byWidth.get(2008);
                assertTrue(camera != null, "24 MP photo down-sampled to 2008 pixels: " + byWidth.keySet());
                assertColour(new Color(130, 105, 120), PlacedImages.colourAt(document, camera, 0.5f, 0.5f), 20, "centre of the camera photo");
                assertColour(TestImages.CMYK_ORANGE, PlacedImages.colourAt(document, byWidth.get(320), 0.5f, 0.5f), 40, "the CMYK photo");
                assertColour(TestImages.WEBP_TEAL, PlacedImages.colourAt(document, byWidth.get(300), 0.5f, 0.5f), 16, "the WebP");
                assertColour(TestImages.GOLD, PlacedImages.colourAt(document, byWidth.get(400), 0.5f, 0.5f), 6, "the PNG's gold");
                assertColour(Color.WHITE, PlacedImages.colourAt(document, byWidth.get(400), 0.1f, 0.1f), 6, "the PNG's transparent corner");
            }
        }
        Path vi = output.resolve("vi/2023/bao-cao-thuong-nien-2023.pdf");
        assertEquals(List.of(), PdfValidation.failures(vi, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfValidation.failures(vi, PDFAFlavour.PDFA_3_A), "PDF/A-3a");

        Document page = Jsoup.parse(findPage(output.resolve("vi/2023"), "dien-thoai.jpg"), StandardCharsets.UTF_8.name());
        List<Element> imgs = page.select("main img");
        Element phone = page.selectFirst("img[src$=dien-thoai.jpg]");
        assertEquals("1500", phone.attr("width"));
        assertEquals("1125", phone.attr("height"));
        assertTrue(phone.attr("srcset").matches(".*dien-thoai-480w\\.jpg 480w, .*dien-thoai-960w\\.jpg 960w, .*dien-thoai\\.jpg 1500w"), phone.attr("srcset"));
        assertFalse(phone.hasAttr("loading"), "the first image of the page loads at once");
        Element camera = page.selectFirst("img[src$=may-anh.jpg]");
        assertEquals("1920", camera.attr("width"));
        assertEquals("1280", camera.attr("height"));
        assertTrue(camera.attr("srcset").endsWith("may-anh.jpg 1920w"), camera.attr("srcset"));
        for (Element img : imgs) {
            assertEquals("async", img.attr("decoding"), img.outerHtml());
            if (img != phone) assertEquals("lazy", img.attr("loading"), img.outerHtml());
            if (!img.attr("src").endsWith(".svg")) assertTrue(img.hasAttr("width") && img.hasAttr("height"), img.outerHtml());
        }
        BufferedImage served = ImageIO.read(output.resolve("media/2023/may-anh.jpg").toFile());
        assertEquals(1920, served.getWidth());
        assertTrue(Files.size(output.resolve("media/2023/may-anh-480w.jpg")) < 100_000);
        BufferedImage phoneServed = ImageIO.read(output.resolve("media/2023/dien-thoai.jpg").toFile());
        assertEquals(1500, phoneServed.getWidth(), "served upright, for browsers that ignore EXIF too");
        assertFalse(Files.readString(output.resolve("media/2023/dien-thoai.jpg"), StandardCharsets.ISO_8859_1).contains("Exif"), "no metadata");
        assertEquals(-1, Files.mismatch(media.resolve("mong-ngua.webp"), output.resolve("media/2023/mong-ngua.webp")), "a WebP is served as it is");
        assertEquals(-1, Files.mismatch(media.resolve("logo.svg"), output.resolve("media/2023/logo.svg")), "an SVG is served as it is");

        assertWorldReadable(output);

        ImageCache cache = ImageCache.forProject(project);
        long encodes = cache.encodes();
        assertTrue(encodes >= 10, "the first build encoded the renditions: " + encodes);
        Diagnostics again = new Diagnostics();
        assertTrue(new Pipeline().build(new BuildOptions(project, output, true, false), again).succeeded(), () -> again.sorted().toString());
        assertEquals(encodes, cache.encodes(), "a second build encodes no image");
    }

    /** Every file and folder has the permissions a new one gets under the user's umask (0644 and 0755 under 022). */
    private void assertWorldReadable(Path output) throws IOException {
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(Files.createFile(temp.resolve("fresh-file")));
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(Files.createDirectory(temp.resolve("fresh-folder")));
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> all = Files.walk(output)) {
            for (Path path : all.toList()) {
                Set<PosixFilePermission> expected = Files.isDirectory(path) ? folder : file;
                Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
                if (!actual.equals(expected)) wrong.add(output.relativize(path) + " " + PosixFilePermissions.toString(actual));
            }
        }
        assertEquals(List.of(), wrong, "expected " + PosixFilePermissions.toString(file) + " and " + PosixFilePermissions.toString(folder));
        if (PosixFilePermissions.toString(file).equals("rw-r--r--")) {
            assertEquals("rwxr-xr-x", PosixFilePermissions.toString(folder));
        }
    }

    private static Path findPage(Path folder, String image) throws IOException {
        try (Stream<Path> pages = Files.walk(folder)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().equals("index.html")).toList()) {
                if (Files.readString(page).contains(image)) return page;
            }
        }
        throw new AssertionError("no page shows " + image);
    }

    private static void assertColour(Color expected, Color actual, int tolerance, String what) {
        assertTrue(TestImages.close(actual, expected, tolerance), what + ": " + String.format("#%06X", actual.getRGB() & 0xFFFFFF)
                + ", expected " + String.format("#%06X", expected.getRGB() & 0xFFFFFF));
    }
}
