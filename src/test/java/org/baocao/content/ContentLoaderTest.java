package org.baocao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    @TempDir
    Path root;
    private final Diagnostics diagnostics = new Diagnostics();

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Project load() throws IOException {
        if (!Files.exists(root.resolve("content/site.yaml"))) {
            write("content/site.yaml", """
                    organization: {name: {vi: Hợp tác xã Sen Vàng, en: Golden Lotus Cooperative}}
                    languages:
                      - {code: vi, locale: vi-VN, name: Tiếng Việt}
                      - {code: en, locale: en-GB, name: English}
                    """);
        }
        return new ContentLoader(root, diagnostics).load().orElseThrow();
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aLocalizedTextMissingALanguageWarnsAndFallsBackToTheDefaultLanguage() throws IOException {
        write("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        write("content/reports/2024/data/farm.yaml", "crop: {vi: Sen hồng}\n");
        write("content/reports/2024/vi/01-a.md", "---\ntitle: A\n---\n");
        Report report = load().reports().get(0);
        assertEquals("Báo cáo thường niên 2024", report.title().in("en"));
        assertEquals("Sen hồng", report.dataSets().get("farm").byLanguage().get("en").get("crop"));
        assertEquals(List.of(
                "content/reports/2024/data/farm.yaml:1:7: warning: text has no 'en' text; the 'vi' text is used instead",
                "content/reports/2024/report.yaml:1:8: warning: title has no 'en' text; the 'vi' text is used instead"), headlines());
        assertFalse(diagnostics.hasErrors());
    }

    @Test
    void templatesSeeADataSetInEachLanguage() throws IOException {
        write("content/reports/2024/report.yaml", "title: R\nperiod: {start: 2024-01-01, end: 2024-12-31}\npublished: 2025-01-01\n");
        write("content/reports/2024/data/farm.yaml", """
                members: 1250
                crop: {vi: Sen hồng, en: Pink lotus}
                areas:
                  - {name: {vi: Vùng 1, en: Area 1}, ponds: 3}
                  - {name: Vùng 2, ponds: null}
                typo: {vi: Sen, vn: Sen}
                """);
        write("content/reports/2024/vi/01-a.md", "---\ntitle: A\n---\n");
        DataSet farm = load().reports().get(0).dataSets().get("farm");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "Vùng 2");
        second.put("ponds", null);
        Map<String, Object> vi = new LinkedHashMap<>();
        vi.put("members", 1250L);
        vi.put("crop", "Sen hồng");
        vi.put("areas", List.of(Map.of("name", "Vùng 1", "ponds", 3L), second));
        // A text whose language is misspelt is reported once, and the default language sees no text there.
        vi.put("typo", "");
        Map<String, Object> en = new LinkedHashMap<>(vi);
        en.put("crop", "Pink lotus");
        en.put("areas", List.of(Map.of("name", "Area 1", "ponds", 3L), second));
        en.put("typo", Map.of("vi", "Sen", "vn", "Sen"));
        assertEquals(vi, farm.byLanguage().get("vi"));
        assertEquals(en, farm.byLanguage().get("en"));
        assertEquals(List.copyOf(vi.keySet()), List.copyOf(farm.byLanguage().get("en").keySet()));
        assertEquals(List.of("content/reports/2024/data/farm.yaml:6:17: error: unknown language 'vn'"),
                headlines());
    }

    @Test
    void sectionsAreOrderedByTheirNumberAndPairedByFileName() throws IOException {
        write("content/reports/2024/report.yaml", "title: R\nperiod: {start: 2024-01-01, end: 2024-12-31}\npublished: 2025-01-01\n");
        write("content/reports/2024/vi/10-cuoi.md", "---\ntitle: Cuối\n---\n");
        write("content/reports/2024/vi/2-giua.md", "---\ntitle: Giữa\n---\n");
        write("content/reports/2024/en/2-giua.md", "---\ntitle: Middle\n---\n");
        write("content/reports/2024/vi/01-dau.md", "---\ntitle: Đầu\n---\n");
        List<Section> sections = load().reports().get(0).sections();
        assertEquals(List.of("01-dau", "2-giua", "10-cuoi"), sections.stream().map(Section::key).toList());
        assertEquals("Middle", sections.get(1).in("en").orElseThrow().title());
        assertTrue(sections.get(2).in("en").isEmpty());
        assertEquals("dau", sections.get(0).in("vi").orElseThrow().slug());
        assertEquals(List.of(), headlines());
    }

    @Test
    void reportsAreNewestFirst() throws IOException {
        for (String year : List.of("2022", "2024", "2023")) {
            write("content/reports/" + year + "/report.yaml", "title: R" + year + "\nperiod: {start: " + year
                    + "-01-01, end: " + year + "-12-31}\npublished: " + (Integer.parseInt(year) + 1) + "-03-01\n");
        }
        // Without sections they are data-only reports, which are ordered the same.
        assertEquals(List.of("2024", "2023", "2022"), load().allReports().stream().map(Report::id).toList());
    }

    @Test
    void anUnknownFrontMatterKeyAndABadSlugAreErrors() throws IOException {
        write("content/reports/2024/report.yaml", "title: R\nperiod: {start: 2024-01-01, end: 2024-12-31}\npublished: 2025-01-01\n");
        write("content/reports/2024/vi/01-a.md", "---\ntitle: Tổng quan\nsumary: x\n---\n");
        write("content/reports/2024/vi/02-b.md", "---\ntitle: Tổ chức\nslug: Tổ chức\n---\n");
        load();
        assertEquals(List.of(
                "content/reports/2024/vi/01-a.md:3:1: error: unknown key 'sumary' in the front matter",
                "content/reports/2024/vi/02-b.md:3:7: error: slug 'Tổ chức' is not usable in a web address"), headlines());
    }

    // NarrativeReader: the front matter between the first two '---' lines, the rest is Markdown.

    private Narrative narrative(String text) {
        return NarrativeReader.read(new SourceFile("content/reports/2024/vi/01-a.md", SourceFile.normalize(text)), "vi",
                new YamlParser(diagnostics), diagnostics);
    }

    @Test
    void aCrlfFrontMatterIsRead() {
        Narrative n = narrative("---\r\ntitle: Tổng quan\r\n---\r\nDòng một.\r\n");
        assertEquals("Tổng quan", n.title());
        assertEquals("Dòng một.\n", n.body());
        assertEquals(4, n.bodyLine());
    }

    @Test
    void anEmptyBodyAndAFrontMatterClosingAtTheEndOfTheFileAreFine() {
        assertEquals("", narrative("---\ntitle: A\n---\n").body());
        assertEquals("", narrative("---\ntitle: A\n---").body());
        assertEquals(List.of(), headlines());
    }

    @Test
    void aRuleInTheBodyStaysInTheBody() {
        Narrative n = narrative("---\ntitle: A\n---\nTrên.\n\n---\n\nDưới.\n");
        assertEquals("Trên.\n\n---\n\nDưới.\n", n.body());
        assertEquals("A", n.title());
    }

    @Test
    void aFileWithoutFrontMatterOrWithoutItsEndIsAnError() {
        narrative("# Tổng quan\n");
        narrative("---\ntitle: A\n\nKhông có dòng kết thúc.\n");
        assertEquals(List.of(
                "content/reports/2024/vi/01-a.md:1:1: error: the section has no front matter",
                "content/reports/2024/vi/01-a.md:1:1: error: the front matter is not closed"), headlines());
    }
}
