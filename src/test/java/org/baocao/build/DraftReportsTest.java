package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.baocao.TestFiles;
import org.baocao.cli.Main;
import org.baocao.content.Report;
import org.baocao.scaffold.NewReport;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Reports marked {@code draft: true}: checked and previewed, but published only by {@code build --drafts}. */
class DraftReportsTest {
    private static final String DRAFT_FOLDER = "content/reports/2021/";

    @TempDir
    Path project;

    @TempDir
    Path output;

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    private void report(String year, String draftLine, long members) throws IOException {
        int y = Integer.parseInt(year);
        write("content/reports/" + year + "/report.yaml", """
                title: {vi: Báo cáo thường niên %1$d, en: Annual Report %1$d}
                period: {start: %1$d-01-01, end: %1$d-12-31}
                published: %2$d-03-31
                %3$skey_figures:
                  - {value: members.count, label: {vi: Xã viên, en: Members}}
                """.formatted(y, y + 1, draftLine));
        write("content/reports/" + year + "/data/members.yaml", "count: " + members + "\n");
        write("content/reports/" + year + "/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nHợp tác xã Sen Vàng có ${members.count} xã viên.\n");
        write("content/reports/" + year + "/en/01-tong-quan.md",
                "---\ntitle: Overview\nslug: overview\n---\nGolden Lotus Cooperative has ${members.count} members.\n");
    }

    /** Hợp tác xã Sen Vàng's finished 2020 report, and 2021 started from it by {@code baocao new report}: a draft. */
    private void finishedAndStarted() throws IOException {
        write("content/site.yaml", SITE_YAML);
        report("2020", "", 412);
        Diagnostics started = new Diagnostics();
        assertEquals(4, NewReport.create(project, "2021", Optional.of("2020"), started).size(), started.sorted().toString());
    }

    private BuildResult build(String folder, boolean pdf, boolean strict, boolean drafts, Diagnostics diagnostics) {
        return new Pipeline().build(new BuildOptions(project, output.resolve(folder), pdf, strict, drafts), diagnostics);
    }

    @Test
    void aStrictBuildLeavesOutTheDraftWithItsPlaceholderWarningsAndPublishesTheRest() throws IOException {
        finishedAndStarted();
        Diagnostics diagnostics = new Diagnostics();
        BuildResult built = build("site", true, true, false, diagnostics);

        assertTrue(built.succeeded(), diagnostics.sorted().toString());
        assertEquals(List.of(), diagnostics.sorted(), "the draft's warnings are not the build's");
        assertEquals(1, built.leftOut().size());
        LeftOutDraft draft = built.leftOut().get(0);
        assertEquals("2021", draft.id());
        assertEquals(DRAFT_FOLDER + "report.yaml", draft.reportFile());
        assertEquals(0, draft.errors());
        assertTrue(draft.warnings() >= 2, "the two placeholders and the empty key figure: " + draft);

        Path site = output.resolve("site");
        assertEquals(List.of("en/2020/annual-report-2020.pdf", "vi/2020/bao-cao-thuong-nien-2020.pdf"), built.pdfs());
        for (String absent : List.of("vi/2021", "en/2021", "media/2021")) assertFalse(Files.exists(site.resolve(absent)), absent);
        for (String page : List.of("index.html", "vi/index.html", "en/index.html", "sitemap.xml", "search-index.vi.js", "search-index.en.js")) {
            String text = Files.readString(site.resolve(page));
            assertFalse(text.contains("2021/") || text.contains("thường niên 2021"), page + " mentions the draft");
        }
        assertTrue(Files.readString(site.resolve("vi/2020/index.html")).contains("412"));
        assertTrue(Files.readString(site.resolve("en/2020/overview/index.html")).contains("Golden Lotus Cooperative has 412 members"));
    }

    @Test
    void checkListsTheDraftsProblemsAndCheckStrictCountsThem() throws IOException {
        finishedAndStarted();
        Diagnostics check = new Diagnostics();
        Optional<Loaded> model = new Pipeline().load(project, check);

        assertTrue(model.isPresent(), check.sorted().toString());
        assertEquals(List.of("2021", "2020"), model.get().project().reports().stream().map(Report::id).toList(),
                "check and serve work on every report, drafts included");
        assertTrue(model.get().reports().contains("2021"));
        List<String> placeholders = check.sorted().stream().filter(d -> d.message().equals("placeholder: write this section"))
                .map(Diagnostic::file).toList();
        assertEquals(List.of(DRAFT_FOLDER + "en/01-tong-quan.md", DRAFT_FOLDER + "vi/01-tong-quan.md"), placeholders);
        assertTrue(check.failed(true), "check --strict fails on the draft's warnings");
    }

    @Test
    void withDraftsTheDraftIsPublishedAndMarkedAsOne() throws IOException {
        finishedAndStarted();
        BuildResult built = build("site", true, false, true, new Diagnostics());

        assertTrue(built.succeeded());
        assertEquals(List.of(), built.leftOut());
        assertEquals(4, built.pdfs().size(), built.pdfs().toString());
        Path site = output.resolve("site");
        String archive = Files.readString(site.resolve("vi/index.html"));
        assertTrue(archive.contains("Báo cáo thường niên 2021"), "the draft is listed");
        assertEquals(1, count(archive, "<span class=\"badge badge-draft\">Bản nháp</span>"), "only the draft's card is marked");
        assertTrue(Files.readString(site.resolve("en/2021/index.html")).contains("<span class=\"badge badge-draft\">Draft</span>"));
        assertTrue(Files.readString(site.resolve("en/2021/overview/index.html")).contains("badge-draft"));
        assertFalse(Files.readString(site.resolve("en/2020/index.html")).contains("badge-draft"));

        assertFalse(build("strict", false, true, true, new Diagnostics()).succeeded(), "--strict --drafts refuses the placeholders");
    }

    @Test
    void anErrorInALeftOutDraftDoesNotStopTheBuildButDoesWithDrafts() throws IOException {
        finishedAndStarted();
        Path section = project.resolve(DRAFT_FOLDER + "en/01-tong-quan.md");
        Files.writeString(section, Files.readString(section) + "\nThe cooperative has ${members.cout} members.\n");

        BuildResult built = build("site", false, false, false, new Diagnostics());
        assertTrue(built.succeeded());
        assertEquals(1, built.leftOut().get(0).errors());

        Diagnostics withDrafts = new Diagnostics();
        assertFalse(build("drafts", false, false, true, withDrafts).succeeded());
        assertTrue(withDrafts.sorted().stream().anyMatch(d -> d.isError() && d.file().equals(DRAFT_FOLDER + "en/01-tong-quan.md")));
    }

    @Test
    void theCommandSaysWhichDraftItLeftOut() throws IOException {
        finishedAndStarted();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("build", "--project", project.toString(), "--out", output.resolve("site").toString(), "--no-pdf", "--strict");
        assertEquals(0, code, err.toString());
        assertFalse(err.toString().contains("warning"), "the draft's warnings are not printed by build: " + err);
        assertTrue(out.toString().matches("(?s)left out draft report 2021 \\(draft: true in content/reports/2021/report\\.yaml\\); "
                + "its \\d+ warnings: baocao check lists them\nbuilt .*"), out.toString());
    }

    @Test
    void theKeyFigureComparesWithThePreviousPublishedReport() throws IOException {
        write("content/site.yaml", SITE_YAML);
        report("2019", "", 300);
        report("2020", "draft: true\n", 350);
        report("2021", "", 412);

        assertTrue(build("site", false, false, false, new Diagnostics()).succeeded());
        String published = Files.readString(output.resolve("site/en/2021/index.html"));
        assertTrue(published.contains("+112") && published.contains("2019"), "compared with 2019, the draft left out: " + published);

        assertTrue(build("drafts", false, false, true, new Diagnostics()).succeeded());
        String withDrafts = Files.readString(output.resolve("drafts/en/2021/index.html"));
        assertTrue(withDrafts.contains("+62"), "compared with the 2020 draft it shows: " + withDrafts);
    }

    @Test
    void draftMustBeTrueOrFalse() throws IOException {
        write("content/site.yaml", SITE_YAML);
        report("2020", "draft: not yet\n", 412);
        Diagnostics diagnostics = new Diagnostics();

        assertFalse(build("site", false, false, false, diagnostics).succeeded(), "a report whose draft flag is unreadable is not left out quietly");
        assertEquals(List.of("content/reports/2020/report.yaml:4:8: error: draft must be true or false, found a text"),
                diagnostics.sorted().stream().map(Diagnostic::headline).toList());
        assertTrue(diagnostics.sorted().get(0).format().contains("    draft: not yet\n           ^\n"), diagnostics.sorted().get(0).format());
    }

    @Test
    void aSiteWhoseEveryReportIsADraftSaysSo() throws IOException {
        write("content/site.yaml", SITE_YAML);
        report("2020", "draft: true\n", 412);
        Diagnostics diagnostics = new Diagnostics();

        assertTrue(build("site", false, false, false, diagnostics).succeeded());
        assertEquals(List.of("content/reports:1:1: warning: every report is a draft, so the website lists none"),
                diagnostics.sorted().stream().map(Diagnostic::headline).toList());
        assertFalse(Files.exists(output.resolve("site/vi/2020")));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
