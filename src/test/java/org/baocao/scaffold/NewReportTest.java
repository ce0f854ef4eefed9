package org.baocao.scaffold;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.baocao.TestFiles;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.content.Placeholders;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewReportTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    /** Hợp tác xã Sen Vàng's 2020 report: two sections in two languages, a chart, a table, free-form figures. */
    private void lastYear() throws IOException {
        write("content/site.yaml", SITE_YAML);
        write("content/reports/2020/report.yaml", """
                title: {vi: Báo cáo thường niên 2020, en: Annual Report 2020}
                period: {start: 2020-01-01, end: 2020-12-31}
                published: 2021-03-31
                key_figures:
                  - {value: harvest.tonnes, label: {vi: Tấn hạt sen, en: Tonnes of lotus seeds}}
                """);
        write("content/reports/2020/data/harvest.yaml", """
                # Harvest of the 2020 season.
                tonnes: 128.5        # dried seeds
                ponds: 42
                started: 2020-05-04
                manager: {vi: Bà Lê Thị Hoa, en: Mrs Le Thi Hoa}
                charts:
                  by_year:
                    type: line
                    title: {vi: Sản lượng theo năm, en: Harvest by year}
                    categories: [2018, 2019, 2020]
                    series:
                      - name: {vi: Tấn, en: Tonnes}
                        values: [101, 117.25, 128.5]
                tables:
                  ponds:
                    caption: {vi: Ao sen, en: Lotus ponds}
                    columns:
                      - {key: village, label: {vi: Thôn, en: Village}}
                      - {key: count, label: {vi: Số ao, en: Ponds}, format: number}
                      - {key: since, label: {vi: Từ ngày, en: Since}, format: date}
                    rows:
                      - {village: {vi: Thôn Đông, en: East hamlet}, count: 30, since: 2015-01-01}
                      - {village: {vi: Thôn Tây, en: West hamlet}, count: 12, since: 2018-06-15}
                """);
        for (String lang : List.of("vi", "en")) {
            boolean vi = lang.equals("vi");
            write("content/reports/2020/" + lang + "/01-tong-quan.md", """
                    ---
                    title: %s
                    summary: %s
                    ---
                    %s ${harvest.tonnes}.

                    <@chart id="harvest.by_year"/>
                    """.formatted(vi ? "Tổng quan" : "Overview", vi ? "Một mùa sen." : "A lotus season.",
                    vi ? "Sản lượng" : "The harvest was"));
            write("content/reports/2020/" + lang + "/02-ao-sen.md", """
                    ---
                    title: %s
                    slug: %s
                    ---
                    <@table id="harvest.ponds"/>
                    """.formatted(vi ? "Ao sen" : "Ponds", vi ? "ao-sen" : "ponds"));
        }
    }

    @Test
    void startsNextYearFromThisYear() throws IOException {
        lastYear();
        Diagnostics diagnostics = new Diagnostics();
        List<String> written = NewReport.create(project, "2021", Optional.of("2020"), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(6, written.size(), written.toString());

        String report = Files.readString(project.resolve("content/reports/2021/report.yaml"));
        assertTrue(report.contains("title: {vi: Báo cáo thường niên 2021, en: Annual Report 2021}"), report);
        assertTrue(report.contains("period: {start: 2021-01-01, end: 2021-12-31}"), report);
        assertTrue(report.contains("published: 2022-03-31"), report);
        assertTrue(report.contains("{value: harvest.tonnes,"), report);
        assertTrue(report.contains("\ndraft: true  # remove this line, or set it to false, to publish the report\ntitle:"), report);

        String data = Files.readString(project.resolve("content/reports/2021/data/harvest.yaml"));
        assertTrue(data.contains("# Harvest of the 2020 season.\ntonnes: null        # dried seeds\nponds: null\nstarted: null\n"), data);
        assertTrue(data.contains("manager: {vi: Bà Lê Thị Hoa, en: Mrs Le Thi Hoa}"), "texts are kept: " + data);
        assertTrue(data.contains("categories: [2018, 2019, 2020]"), "chart categories are kept: " + data);
        assertTrue(data.contains("values: [null, null, null]"), data);
        assertTrue(data.contains("- {village: {vi: Thôn Đông, en: East hamlet}, count: null, since: null}"), data);
        assertTrue(data.contains("- {village: {vi: Thôn Tây, en: West hamlet}, count: null, since: null}"), data);

        String section = Files.readString(project.resolve("content/reports/2021/en/01-tong-quan.md"));
        assertTrue(section.startsWith("---\ntitle: Overview\nsummary: A lotus season.\n---\n" + Placeholders.MARKER + "\n"), section);
        assertFalse(section.contains("harvest"), "last year's text is gone: " + section);
        assertTrue(Files.readString(project.resolve("content/reports/2021/vi/02-ao-sen.md")).startsWith("---\ntitle: Ao sen\nslug: ao-sen\n---\n"));
    }

    @Test
    void rollsReferencesToEarlierReportsOnKeepsHistoryAndWarnsAboutLastYearsNumber() throws IOException {
        lastYear();
        // An earlier year not made with baocao: data only.
        write("content/reports/2019/report.yaml", "title: R2019\nperiod: {start: 2019-01-01, end: 2019-12-31}\npublished: 2020-03-31\n");
        write("content/reports/2019/data/harvest.yaml", "tonnes: 117.25\n");
        write("content/reports/2020/data/history.yaml", """
                chair_since: 2015
                board:
                  - {name: Lê Thị Hoa, since: 2016}
                charts:
                  tonnes:
                    type: column
                    title: {vi: Sản lượng năm 2020, en: Harvest in 2020}
                    categories: [{vi: Năm trước, en: Year before}, {vi: Năm nay, en: This year}]
                    series:
                      - name: {vi: Tấn, en: Tonnes}
                        values: [2019/harvest.tonnes, harvest_this_year]
                harvest_this_year: 128.5
                """);
        Diagnostics diagnostics = new Diagnostics();
        NewReport.create(project, "2021", Optional.of("2020"), diagnostics);
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());

        String history = Files.readString(project.resolve("content/reports/2021/data/history.yaml"));
        assertTrue(history.contains("chair_since: 2015\nboard:\n  - {name: Lê Thị Hoa, since: 2016}\n"), "history is kept: " + history);
        assertTrue(history.contains("values: [2020/harvest.tonnes, harvest_this_year]"), "references move on a year: " + history);
        assertTrue(history.contains("harvest_this_year: null"), "this year's own figure is cleared: " + history);

        Diagnostics check = new Diagnostics();
        new Pipeline().load(project, check);
        assertEquals(List.of(
                "content/reports/2021/data/history.yaml:7:31: warning: 2020, the year of report 2020 this one was started from, is still in the title of chart history.tonnes",
                "content/reports/2021/data/history.yaml:7:52: warning: 2020, the year of report 2020 this one was started from, is still in the title of chart history.tonnes"),
                check.sorted().stream().filter(d -> d.message().contains("the year of report")).map(Diagnostic::headline).toList());
    }

    @Test
    void checkListsEachPlaceholderAsAToDoAndTheNewReportBuilds(@TempDir Path output) throws IOException {
        lastYear();
        NewReport.create(project, "2021", Optional.of("2020"), new Diagnostics());

        Diagnostics check = new Diagnostics();
        assertTrue(new Pipeline().load(project, check).isPresent(), check.sorted().toString());
        List<Diagnostic> todos = check.sorted().stream().filter(d -> d.message().equals("placeholder: write this section")).toList();
        assertEquals(List.of("content/reports/2021/en/01-tong-quan.md:5:1: warning: placeholder: write this section",
                "content/reports/2021/en/02-ao-sen.md:5:1: warning: placeholder: write this section",
                "content/reports/2021/vi/01-tong-quan.md:5:1: warning: placeholder: write this section",
                "content/reports/2021/vi/02-ao-sen.md:5:1: warning: placeholder: write this section"),
                todos.stream().map(Diagnostic::headline).toList());
        assertEquals(0, check.count(Severity.ERROR));

        BuildResult built = new Pipeline().build(new BuildOptions(project, output.resolve("site"), true, false, true), new Diagnostics());
        assertTrue(built.succeeded());
        assertEquals(4, built.pdfs().size(), built.pdfs().toString());
        String page = Files.readString(output.resolve("site/en/2021/index.html"));
        assertTrue(page.contains("Tonnes of lotus seeds"), "the key figure without a value still shows its label");
        assertFalse(new Pipeline().build(new BuildOptions(project, output.resolve("strict"), false, true, true), new Diagnostics()).succeeded(),
                "--strict publishes no report with placeholders");
        BuildResult published = new Pipeline().build(new BuildOptions(project, output.resolve("published"), false, true), new Diagnostics());
        assertTrue(published.succeeded(), "the new report is a draft, left out of a build without --drafts");
        assertFalse(Files.exists(output.resolve("published/en/2021")));
    }

    @Test
    void checkListsEveryEmptyValueTheNewReportShowsAsAToDo() throws IOException {
        lastYear();
        write("content/reports/2020/data/members.yaml", """
                total: 120
                women: 64
                charts:
                  members:
                    type: pie
                    title: {vi: Xã viên, en: Members}
                    categories: [{vi: Nữ, en: Women}, {vi: Nam, en: Men}]
                    series:
                      - values: [women, 56]
                """);
        NewReport.create(project, "2021", Optional.of("2020"), new Diagnostics());

        Diagnostics check = new Diagnostics();
        assertTrue(new Pipeline().load(project, check).isPresent(), check.sorted().toString());
        List<Diagnostic> todos = check.sorted().stream().filter(d -> d.message().contains("no value")).toList();
        // members.total is used by nothing yet, and last year's report has every value: neither is a to-do.
        assertEquals(List.of(
                "content/reports/2021/data/harvest.yaml:2:9: warning: harvest.tonnes has no value yet",
                "content/reports/2021/data/harvest.yaml:13:17: warning: chart harvest.by_year: series 'Tấn' has no values yet",
                "content/reports/2021/data/harvest.yaml:22:60: warning: table harvest.ponds: columns 'Số ao' and 'Từ ngày' have no values yet",
                "content/reports/2021/data/members.yaml:2:8: warning: members.women has no value yet",
                "content/reports/2021/data/members.yaml:9:17: warning: chart members.members: series 'Xã viên' has no values yet"),
                todos.stream().map(Diagnostic::headline).toList());
        assertEquals("fill it in before publishing; the pages show it empty meanwhile", todos.get(0).hint());
        assertEquals("tonnes: null        # dried seeds", todos.get(0).sourceLine());
        assertEquals(0, check.count(Severity.ERROR));

        // A narrative written before its figure is filled in: an error that says so, and where to fill it in.
        write("content/reports/2021/en/01-tong-quan.md", "---\ntitle: Overview\n---\nThe cooperative has ${members.total} members.\n");
        Diagnostics early = new Diagnostics();
        assertTrue(new Pipeline().load(project, early).isEmpty());
        Diagnostic error = early.sorted().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("content/reports/2021/en/01-tong-quan.md:4:23: error: 'members.total' has no value yet", error.headline());
        assertEquals("fill it in at content/reports/2021/data/members.yaml:1:8 (a narrative cannot print an empty value)", error.hint());
        assertEquals(1, early.count(Severity.ERROR));
        Diagnostic todo = early.sorted().stream().filter(d -> d.message().equals("members.total has no value yet")).findFirst().orElseThrow();
        assertEquals("content/reports/2021/data/members.yaml:1:8: warning: members.total has no value yet", todo.headline());
        assertEquals("fill it in before publishing; the narratives that print it cannot be built meanwhile", todo.hint());
    }

    @Test
    void termReportsMoveOnByTheirLength() {
        assertEquals(5, NewReport.yearShift("2016-2020", "2021-2025"));
        assertEquals("Nhiệm kỳ 2021–2025, công bố 2025-11-20", NewReport.shiftYears("Nhiệm kỳ 2016–2020, công bố 2020-11-20", 5));
        assertEquals(0, NewReport.yearShift("mua-xuan", "2021"));
    }

    @Test
    void refusesAnExistingReportOrAnUnknownSource() throws IOException {
        lastYear();
        Diagnostics exists = new Diagnostics();
        assertTrue(NewReport.create(project, "2020", Optional.of("2020"), exists).isEmpty());
        assertEquals("content/reports/2020:1:1: error: report 2020 exists already", exists.sorted().get(0).headline());
        Diagnostics unknown = new Diagnostics();
        assertTrue(NewReport.create(project, "2021", Optional.of("2019"), unknown).isEmpty());
        assertEquals("the reports are: 2020", unknown.sorted().get(0).hint());
        assertFalse(Files.exists(project.resolve("content/reports/2021")));
    }

    @Test
    void withoutASourceStartsOnePlaceholderSectionPerLanguage(@TempDir Path output) throws IOException {
        lastYear();
        List<String> written = NewReport.create(project, "2022", Optional.empty(), new Diagnostics());
        assertEquals(List.of("content/reports/2022/report.yaml", "content/reports/2022/vi/01-tong-quan.md",
                "content/reports/2022/en/01-tong-quan.md"), written);
        assertTrue(Files.readString(project.resolve(written.get(0))).startsWith(NewReport.draftLine() + "title: "));
        assertTrue(new Pipeline().build(new BuildOptions(project, output.resolve("site"), false, false, true), new Diagnostics()).succeeded());
        assertTrue(Files.isRegularFile(output.resolve("site/en/2022/tong-quan/index.html")));
    }

    @Test
    void theNewReportIsADraftEvenWhenItsSourceSaysDraftFalse() throws IOException {
        lastYear();
        Path source = project.resolve("content/reports/2020/report.yaml");
        Files.writeString(source, Files.readString(source).replace("published: 2021-03-31\n", "published: 2021-03-31\ndraft: false\n"));
        NewReport.create(project, "2021", Optional.of("2020"), new Diagnostics());

        String report = Files.readString(project.resolve("content/reports/2021/report.yaml"));
        assertEquals(1, report.split("\ndraft:", -1).length - 1, report);
        Diagnostics diagnostics = new Diagnostics();
        var model = new Pipeline().load(project, diagnostics).orElseThrow();
        assertEquals(List.of(true, false), model.project().reports().stream().map(r -> r.draft()).toList(), "2021 is a draft, 2020 is not");
    }

    @Test
    void theSampleReportStartsItsNextTermWithoutErrors() throws IOException {
        // The sample's charts and table name their figures (values: [departments_start, ...]); emptied, those are gaps.
        try (var files = Files.walk(Path.of("content"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = project.resolve(file.toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        NewReport.create(project, "2021-2025", Optional.of("2016-2020"), diagnostics);
        new Pipeline().load(project, diagnostics);
        assertEquals(List.of(), diagnostics.sorted().stream().filter(Diagnostic::isError).map(Diagnostic::headline).toList());
    }
}
