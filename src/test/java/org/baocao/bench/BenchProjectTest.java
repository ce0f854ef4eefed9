package org.baocao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side content: the same sections, in both languages, for baocao and for Hugo. */
class BenchProjectTest {
    private static final BenchProject.Shape SHAPE = new BenchProject.Shape(2, 3);

    @TempDir
    static Path folder;

    @BeforeAll
    static void write() throws IOException {
        BenchProject.write(folder, SHAPE);
    }

    @Test
    void writesEverySectionInBothLanguagesForBaocao() throws IOException {
        Path reports = BenchProject.baocao(folder).resolve("content/reports");
        assertEquals(List.of("2023-chi-nhanh-01", "2023-chi-nhanh-02"), names(reports));
        for (String report : names(reports)) {
            for (String language : List.of("vi", "en")) {
                assertEquals(List.of("01-chuong-1.md", "02-chuong-2.md", "03-chuong-3.md"), names(reports.resolve(report).resolve(language)));
            }
        }
        assertEquals(12, SHAPE.sectionPages());
    }

    @Test
    void buildsOnePagePerSectionAndLanguageAtTheUrlsOfTheHugoSite() {
        Path output = folder.resolve("out");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(BenchProject.baocao(folder), output, false, false), diagnostics);
        assertTrue(result.succeeded(), () -> diagnostics.sorted().toString());
        assertEquals(0, diagnostics.sorted().size(), () -> diagnostics.sorted().toString());
        for (int r = 1; r <= SHAPE.reports(); r++) {
            for (int chapter = 1; chapter <= SHAPE.sections(); chapter++) {
                for (boolean vietnamese : new boolean[] {true, false}) {
                    Path page = output.resolve(vietnamese ? "vi" : "en").resolve(BenchProject.reportId(r)).resolve(HugoSite.slug(chapter, vietnamese))
                            .resolve("index.html");
                    assertTrue(Files.isRegularFile(page), page.toString());
                }
            }
        }
    }

    @Test
    void writesTheHugoSiteAsContentPerLanguageAndReport() throws IOException {
        Path hugo = BenchProject.hugo(folder);
        for (String file : List.of("config.toml", "layouts/_default/baseof.html", "layouts/_default/single.html", "layouts/_default/list.html",
                "static/site.css", "content/vi/_index.md", "content/en/_index.md")) {
            assertTrue(Files.isRegularFile(hugo.resolve(file)), file);
        }
        assertEquals(List.of("vi", "en").stream().sorted().toList(), names(hugo.resolve("content")));
        for (String language : List.of("vi", "en")) {
            assertEquals(List.of("2023-chi-nhanh-01", "2023-chi-nhanh-02"), names(hugo.resolve("content").resolve(language)).stream()
                    .filter(name -> !name.endsWith(".md")).toList());
            assertEquals(List.of("01-chuong-1.md", "02-chuong-2.md", "03-chuong-3.md", "_index.md"),
                    names(hugo.resolve("content").resolve(language).resolve("2023-chi-nhanh-02")));
        }
        String config = Files.readString(hugo.resolve("config.toml"));
        assertTrue(config.contains("contentDir = \"content/vi\"") && config.contains("contentDir = \"content/en\""), config);
        assertTrue(config.contains("unsafe = true"), "inline SVG needs raw HTML: " + config);
    }

    @Test
    void hugoGetsTheSameTextWithTheFiguresAsMarkdownAndSvg() throws IOException {
        String baocaoVi = Files.readString(BenchProject.baocao(folder).resolve("content/reports/2023-chi-nhanh-01/vi/02-chuong-2.md"));
        String hugoVi = Files.readString(BenchProject.hugo(folder).resolve("content/vi/2023-chi-nhanh-01/02-chuong-2.md"));
        String hugoEn = Files.readString(BenchProject.hugo(folder).resolve("content/en/2023-chi-nhanh-01/02-chuong-2.md"));
        assertEquals(occurrences(baocaoVi, PrintFixture.paragraph(true)), occurrences(hugoVi, PrintFixture.paragraph(true)));
        assertEquals(15, occurrences(hugoVi, PrintFixture.paragraph(true).strip()));
        assertTrue(baocaoVi.contains("<@table id=\"ledger.ponds2\"/>") && baocaoVi.contains("<@chart id=\"ledger.harvest2\"/>"), baocaoVi);
        assertFalse(hugoVi.contains("<@"), "Hugo would print FreeMarker directives as text: " + hugoVi);
        assertTrue(hugoVi.startsWith("---\ntitle: \"Vùng sen số 2\"\nslug: vung-sen-so-2\nweight: 2\n---\n"), hugoVi);
        // The table of 60 rows, with the numbers as each language writes them; the chart as inline SVG; the footnotes.
        assertEquals(PrintFixture.TABLE_ROWS, occurrences(hugoVi, "\n| 2-"));
        assertTrue(hugoVi.contains("| 2-1 | Hộ gia đình số 1 | 1.037 | 226 |"), hugoVi);
        assertTrue(hugoEn.contains("| 2-60 | Household no. 60 | 3,220 | 1,760 |"), hugoEn);
        assertEquals(1, occurrences(hugoVi, "<svg "));
        assertTrue(hugoVi.contains("[Hình 2](../vung-sen-so-2/#chart-2)") && hugoVi.contains("[Bảng 3](../vung-sen-so-3/#table-3)"), hugoVi);
        assertTrue(hugoVi.contains("[^source]: Sổ ghi chép") && hugoVi.contains("[^ponds]: "), hugoVi);
    }

    @Test
    void writesThePrintHtmlOfEveryReportAndLanguage() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Path> written = PrintBenchmark.writePrintHtml(BenchProject.baocao(folder), folder.resolve("print"), diagnostics);
        assertEquals(List.of("print-2023-chi-nhanh-01-en.html", "print-2023-chi-nhanh-01-vi.html", "print-2023-chi-nhanh-02-en.html",
                "print-2023-chi-nhanh-02-vi.html"), written.stream().map(path -> path.getFileName().toString()).sorted().toList());
        String vi = Files.readString(folder.resolve("print/print-2023-chi-nhanh-02-vi.html"));
        assertTrue(vi.contains("Báo cáo thường niên 2023 Chi nhánh 2") && vi.contains("Vùng sen số 3"), "the second report, in Vietnamese");
    }

    private static List<String> names(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) count++;
        return count;
    }
}
