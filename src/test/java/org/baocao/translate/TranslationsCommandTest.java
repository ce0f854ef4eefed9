package org.baocao.translate;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.baocao.TestFiles;
import org.baocao.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TranslationsCommandTest {
    @TempDir
    Path project;

    record Run(int code, String out, String err) {}

    @BeforeEach
    void writeProject() throws IOException {
        write("content/site.yaml", SITE_YAML);
        write("content/reports/2020/report.yaml", """
                title: {vi: Báo cáo thường niên 2020}
                period: {start: 2020-01-01, end: 2020-12-31}
                published: 2021-03-31
                """);
        write("content/i18n/en.yaml", "contact_us: Contact us\n");
        write("content/reports/2020/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nHợp tác xã có 120 thành viên.\n\nNăm 2020 mở rộng vùng sen.\n");
        write("content/reports/2020/en/01-tong-quan.md", "---\ntitle: Overview\n---\nThe cooperative has 120 members.\n");
        write("content/reports/2020/vi/02-hoat-dong.md", "---\ntitle: Hoạt động\n---\nSản xuất sen.\n");
    }

    @Test
    void listsEverySectionInEveryLanguage() {
        Run run = run("translations");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("""
                  section       vi          en
                  01-tong-quan  source      not marked
                  02-hoat-dong  source      missing
                """), run.out());
        assertTrue(run.out().contains("missing: content/reports/2020/en/02-hoat-dong.md"), run.out());
        assertTrue(run.out().contains("content/reports/2020/report.yaml:1:8: title has no 'en' text"), run.out());
        assertTrue(run.out().contains("content/i18n/vi.yaml:1:1: interface strings missing in 'vi': contact_us"), run.out());
    }

    @Test
    void aMarkedTranslationIsOkUntilItsSourceTextChanges() throws IOException {
        Run mark = run("translations", "--mark", "content/reports/2020/en/01-tong-quan.md");
        assertEquals(0, mark.code(), mark.err());
        assertEquals("marked content/reports/2020/en/01-tong-quan.md up to date with content/reports/2020/vi/01-tong-quan.md"
                + " in content/reports/2020/translations.yaml\n", mark.out());
        String stored = Files.readString(project.resolve("content/reports/2020/translations.yaml"));
        assertTrue(stored.contains("en/01-tong-quan.md:\n  source: vi/01-tong-quan.md\n  fingerprint: sha256:"), stored);
        assertTrue(stored.contains("  source_text: |\n    ---\n    title: Tổng quan\n    ---\n    Hợp tác xã có 120 thành viên.\n\n    Năm 2020"), stored);
        assertTrue(run("translations").out().contains("01-tong-quan  source      ok"));

        // Re-wrapped and re-indented: the words are the same, so the translation stays up to date.
        write("content/reports/2020/vi/01-tong-quan.md", "---\ntitle:  Tổng quan\n---\n\nHợp tác xã có\n120 thành viên.   \n\n\n\nNăm 2020 mở rộng vùng sen.");
        assertTrue(run("translations").out().contains("01-tong-quan  source      ok"));

        write("content/reports/2020/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nHợp tác xã có 125 thành viên.\n\nNăm 2020 mở rộng vùng sen.\n");
        Run after = run("translations");
        assertTrue(after.out().contains("01-tong-quan  source      outdated"), after.out());
        assertTrue(after.out().contains("    line 4: … --- Hợp tác xã có [-120-]{+125+} thành viên. Năm 2020 mở …\n"), after.out());

        Run check = run("check");
        assertTrue(check.err().contains("content/reports/2020/en/01-tong-quan.md:1:1: warning: translation is outdated: "
                + "vi/01-tong-quan.md has changed since it was marked up to date on "), check.err());
    }

    @Test
    void aChartTitleWhoseVietnameseChangedAfterMarkingIsOutdatedWithItsLine() throws IOException {
        String data = """
                total: 120
                charts:
                  growth:
                    type: column
                    title: {vi: Thành viên qua các năm, en: Members by year}
                    categories: [2019, 2020]
                    series:
                      - {name: {vi: Thành viên, en: Members}, values: [110, total]}
                """;
        write("content/reports/2020/data/members.yaml", data);
        assertTrue(run("translations").out().contains("not marked: 2 translated texts in content/reports/2020/data/members.yaml never marked"
                + " up to date; if they are: baocao translations --mark content/reports/2020/data/members.yaml"), run("translations").out());

        Run mark = run("translations", "--mark", "content/reports/2020/data/members.yaml");
        assertEquals(0, mark.code(), mark.err());
        assertEquals("marked the 2 translated texts of content/reports/2020/data/members.yaml up to date in content/text-translations.yaml\n", mark.out());
        assertTrue(run("translations").out().contains("texts in YAML files: 2 ok, 0 outdated, 2 not marked"), run("translations").out());

        write("content/reports/2020/data/members.yaml", data.replace("Thành viên qua các năm", "Số thành viên qua các năm"));
        String after = run("translations").out();
        assertTrue(after.contains("""
                outdated: content/reports/2020/data/members.yaml:5: en text of charts.growth.title
                  its source text has changed since it was marked up to date on %s:
                    [-Thành-]{+Số thành+} viên qua các năm
                  when the translation is updated: baocao translations --mark content/reports/2020/data/members.yaml
                """.formatted(java.time.LocalDate.now())), after);
        assertTrue(after.contains("texts in YAML files: 1 ok, 1 outdated, 2 not marked"), after);
    }

    @Test
    void refusesToMarkASourceOrAMissingFileAndWritesNothing() {
        Run run = run("translations", "--mark", "content/reports/2020/en/01-tong-quan.md", "content/reports/2020/vi/02-hoat-dong.md");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("content/reports/2020/vi/02-hoat-dong.md:1:1: error: content/reports/2020/vi/02-hoat-dong.md is in the source language (vi); only translations are marked"), run.err());
        assertTrue(Files.notExists(project.resolve("content/reports/2020/translations.yaml")));
        Run missing = run("translations", "--mark", "content/reports/2020/en/02-hoat-dong.md");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] withProject = Stream.concat(Arrays.stream(args), Stream.of("--project", project.toString()))
                .toArray(String[]::new);
        int code = cli.execute(withProject);
        return new Run(code, out.toString(), err.toString());
    }

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }
}
