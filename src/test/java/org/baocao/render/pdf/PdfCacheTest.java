package org.baocao.render.pdf;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.baocao.TestFiles;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.cli.Main;
import org.baocao.config.Brand;
import org.baocao.config.BrandColors;
import org.baocao.config.BrandFile;
import org.baocao.config.FontFamily;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A rebuild copies the PDFs an earlier build made from the same input, and makes again every PDF whose document, or
 * a file it loaded, changed. Each kept PDF is first replaced by a marker, so that a test sees which PDFs were copied.
 */
class PdfCacheTest {
    private static final String VI_PDF = "vi/2020/bao-cao-thuong-nien-2020.pdf";
    private static final String EN_PDF = "en/2020/annual-report-2020.pdf";
    private static final String DRAWING = """
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
              <rect x="10" y="10" width="%d" height="80" fill="#2a6"/>
            </svg>
            """;

    @Test
    void aRebuildCopiesTheSamePdfs(@TempDir Path project, @TempDir Path output) throws Exception {
        write(project, 60);
        Map<String, byte[]> first = build(project, output, List.of());
        assertArrayEquals(first.get(VI_PDF), keptPdf(project, VI_PDF));
        assertArrayEquals(first.get(EN_PDF), keptPdf(project, EN_PDF));

        mark(project);
        Map<String, byte[]> again = build(project, output, List.of(EN_PDF, VI_PDF));

        assertArrayEquals(marker(VI_PDF), again.get(VI_PDF));
        assertArrayEquals(marker(EN_PDF), again.get(EN_PDF));
    }

    @Test
    void anEditedLanguageGetsItsPdfMadeAgainAndTheOtherIsCopied(@TempDir Path project, @TempDir Path output) throws Exception {
        write(project, 60);
        build(project, output);
        mark(project);

        TestFiles.write(project, "content/reports/2020/vi/01-tong-quan.md", narrative("Tổng quan", "Hợp tác xã, sửa lại."));
        Map<String, byte[]> again = build(project, output, List.of(EN_PDF));

        assertPdf(again.get(VI_PDF));
        assertArrayEquals(marker(EN_PDF), again.get(EN_PDF));
    }

    @Test
    void aChangedDrawingThePdfLoadsMakesItAgain(@TempDir Path project, @TempDir Path output) throws Exception {
        write(project, 60);
        build(project, output);
        mark(project);

        TestFiles.write(project, "content/reports/2020/media/so-do.svg", DRAWING.formatted(120));
        Map<String, byte[]> again = build(project, output, List.of());

        assertPdf(again.get(VI_PDF));
        assertPdf(again.get(EN_PDF));
    }

    @Test
    void theBuildSaysHowManyPdfsItCopied(@TempDir Path project) throws Exception {
        write(project, 60);
        assertEquals(List.of("built 9 pages and 2 PDFs into " + project.resolve("output") + " in # s"), buildOnTheCommandLine(project));

        assertEquals(List.of("built 9 pages and 2 PDFs into " + project.resolve("output") + " in # s",
                "  unchanged since last made, so copied: 2 PDFs"), buildOnTheCommandLine(project));
    }

    private static List<String> buildOnTheCommandLine(Path project) {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute("build", "--project", project.toString()));
        return out.toString().lines().map(line -> line.replaceFirst(" in [0-9.]+ s$", " in # s")).toList();
    }

    @Test
    void aRemovedReportLeavesNoPdfInTheCache(@TempDir Path project, @TempDir Path output) throws Exception {
        write(project, 60);
        TestFiles.write(project, "content/reports/2019/report.yaml", """
                title: {vi: Báo cáo thường niên 2019, en: Annual Report 2019}
                period: {start: 2019-01-01, end: 2019-12-31}
                published: 2020-03-31
                """);
        TestFiles.write(project, "content/reports/2019/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nNăm 2019.\n");
        TestFiles.write(project, "content/reports/2019/en/01-tong-quan.md", "---\ntitle: Overview\nslug: overview\n---\nThe year 2019.\n");
        new Pipeline().build(new BuildOptions(project, output, true, false), new Diagnostics());
        assertEquals(4, entries(project).size());

        try (Stream<Path> files = Files.walk(project.resolve("content/reports/2019"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
        build(project, output);

        assertEquals(List.of(entry(project, EN_PDF), entry(project, VI_PDF)).stream().sorted().toList(), entries(project));
    }

    @Test
    void aDamagedEntryIsMadeAgain(@TempDir Path project, @TempDir Path output) throws Exception {
        write(project, 60);
        Map<String, byte[]> first = build(project, output);
        byte[] vi = Files.readAllBytes(entry(project, VI_PDF));
        Files.write(entry(project, VI_PDF), Arrays.copyOf(vi, 40)); // cut inside the header
        byte[] en = Files.readAllBytes(entry(project, EN_PDF));
        Files.write(entry(project, EN_PDF), Arrays.copyOf(en, en.length - 1000)); // cut inside the PDF

        Map<String, byte[]> again = build(project, output, List.of());

        assertArrayEquals(first.get(VI_PDF), again.get(VI_PDF));
        assertArrayEquals(first.get(EN_PDF), again.get(EN_PDF));
    }

    @Test
    void anEntryNamesOnlyFilesInsideTheOutput(@TempDir Path project, @TempDir Path output, @TempDir Path elsewhere) throws Exception {
        byte[] drawing = "<svg/>".getBytes(StandardCharsets.US_ASCII);
        Path outside = Files.write(elsewhere.resolve("x.svg"), drawing);
        byte[] key = new byte[32];
        Path entry = entry(project, "vi/2020/x.pdf");
        PdfCache.Slot slot = PdfCache.forProject(project).slot("vi/2020/x.pdf");
        String header = "baocao pdf cache 2\n" + HexFormat.of().formatHex(key) + "\n"
                + HexFormat.of().formatHex(Sha256.of("%PDF-1.7 one".getBytes(StandardCharsets.US_ASCII))) + "\n"
                + HexFormat.of().formatHex(Sha256.of(drawing)) + " ";
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, header + "x.svg\n\n%PDF-1.7 one");
        Files.write(output.resolve("x.svg"), drawing);
        Path copy = output.resolve("copy.pdf");
        assertTrue(slot.copyTo(key, output, copy));
        assertEquals("%PDF-1.7 one", Files.readString(copy));
        Files.delete(copy);

        Files.writeString(entry, header + output.relativize(outside).toString().replace('\\', '/') + "\n\n%PDF-1.7 one");

        assertFalse(slot.copyTo(key, output, copy));
        assertFalse(Files.exists(copy));
    }

    @Test
    void theCodeIsKnownByItsFiles(@TempDir Path classes, @TempDir Path lib) throws Exception {
        Path someClass = Files.writeString(Files.createDirectories(classes.resolve("org/baocao")).resolve("A.class"), "one");
        Path jar = Files.writeString(lib.resolve("lib.jar"), "jar");
        byte[] before = PdfCache.identity(List.of(classes, jar), "17.0.1");

        assertArrayEquals(before, PdfCache.identity(List.of(classes, jar), "17.0.1"));
        assertNotEquals(HexFormat.of().formatHex(before), HexFormat.of().formatHex(PdfCache.identity(List.of(classes, jar), "17.0.2")));
        Files.setLastModifiedTime(someClass, FileTime.fromMillis(Files.getLastModifiedTime(someClass).toMillis() + 2000));
        byte[] classChanged = PdfCache.identity(List.of(classes, jar), "17.0.1");
        assertFalse(Arrays.equals(before, classChanged));
        Files.writeString(jar, "jar, rebuilt");
        assertFalse(Arrays.equals(classChanged, PdfCache.identity(List.of(classes, jar), "17.0.1")));
    }

    @Test
    void aBrandFontChangedUnderItsNameChangesTheFonts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("brand.ttf");
        Files.copy(Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), file);
        FontFamily body = new FontFamily(Map.of(FontFamily.Face.REGULAR,
                new BrandFile("fonts/brand.ttf", file, SourcePosition.wholeFile("site.yaml"))));
        Brand brand = new Brand(Optional.empty(), BrandColors.NONE, Optional.of(body), Optional.empty());
        byte[] before = FontSet.liberation().withBrand(brand).identity();

        Files.copy(Path.of("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf"), file, StandardCopyOption.REPLACE_EXISTING);

        assertFalse(Arrays.equals(before, FontSet.liberation().withBrand(brand).identity()));
        assertFalse(Arrays.equals(before, FontSet.liberation().identity()));
    }

    private static void write(Path project, int barWidth) throws IOException {
        TestFiles.write(project, "content/site.yaml", SITE_YAML);
        TestFiles.write(project, "content/reports/2020/report.yaml", """
                title: {vi: Báo cáo thường niên 2020, en: Annual Report 2020}
                period: {start: 2020-01-01, end: 2020-12-31}
                published: 2021-03-31
                """);
        TestFiles.write(project, "content/reports/2020/media/so-do.svg", DRAWING.formatted(barWidth));
        TestFiles.write(project, "content/reports/2020/vi/01-tong-quan.md", narrative("Tổng quan", "Hợp tác xã."));
        TestFiles.write(project, "content/reports/2020/en/01-tong-quan.md", "---\ntitle: Overview\nslug: overview\n---\n"
                + "Cooperative.\n\n![A drawing of the year](../media/so-do.svg)\n");
    }

    private static String narrative(String title, String text) {
        return "---\ntitle: " + title + "\n---\n" + text + "\n\n![Sơ đồ của năm](../media/so-do.svg)\n";
    }

    /** A build with PDFs; the two PDFs' bytes by their path. */
    private static Map<String, byte[]> build(Path project, Path output) throws IOException {
        return build(project, output, null);
    }

    /** As {@link #build(Path, Path)}, checking which PDFs the build says it copied, unless {@code copied} is null. */
    private static Map<String, byte[]> build(Path project, Path output, List<String> copied) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), diagnostics.sorted().toString());
        assertEquals(List.of(EN_PDF, VI_PDF), result.pdfs().stream().sorted().toList());
        if (copied != null) assertEquals(copied, result.copiedPdfs());
        return Map.of(VI_PDF, Files.readAllBytes(output.resolve(VI_PDF)), EN_PDF, Files.readAllBytes(output.resolve(EN_PDF)));
    }

    /** Each kept PDF replaced by {@link #marker}, its entry otherwise as it was. */
    private static void mark(Path project) throws IOException {
        for (String pdf : List.of(VI_PDF, EN_PDF)) replacePdf(project, pdf, marker(pdf));
    }

    /** The entry's PDF replaced by {@code bytes}, and its hash in the header (the third line) with it. */
    private static void replacePdf(Path project, String pdf, byte[] bytes) throws IOException {
        Path entry = entry(project, pdf);
        String kept = Files.readString(entry, StandardCharsets.ISO_8859_1);
        List<String> header = new ArrayList<>(kept.substring(0, kept.indexOf("\n\n")).lines().toList());
        header.set(2, HexFormat.of().formatHex(Sha256.of(bytes)));
        byte[] head = (String.join("\n", header) + "\n\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] changed = Arrays.copyOf(head, head.length + bytes.length);
        System.arraycopy(bytes, 0, changed, head.length, bytes.length);
        Files.write(entry, changed);
    }

    private static byte[] keptPdf(Path project, String pdf) throws IOException {
        byte[] kept = Files.readAllBytes(entry(project, pdf));
        return Arrays.copyOfRange(kept, new String(kept, StandardCharsets.ISO_8859_1).indexOf("\n\n") + 2, kept.length);
    }

    private static Path entry(Path project, String pdf) {
        return project.resolve(".baocao/cache/pdf").resolve(HexFormat.of().formatHex(
                Sha256.of(pdf.getBytes(StandardCharsets.UTF_8)), 0, 16) + ".pdfcache");
    }

    private static byte[] marker(String pdf) {
        return ("%PDF-1.7 kept for " + pdf).getBytes(StandardCharsets.US_ASCII);
    }

    private static void assertPdf(byte[] bytes) {
        String start = new String(bytes, 0, 20, StandardCharsets.ISO_8859_1);
        assertTrue(start.startsWith("%PDF-") && !start.contains("kept for"), start);
    }

    private static List<Path> entries(Path project) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve(".baocao/cache/pdf"))) {
            return files.sorted().toList();
        }
    }
}
