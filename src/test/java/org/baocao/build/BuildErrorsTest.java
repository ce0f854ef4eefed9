package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Representative mistakes a communications team makes, each reported as {@code file:line:col: error: message},
 * the line, a caret and a hint, with nothing written. (The folder of broken projects for {@code check} covers
 * many more; these follow a fault through the whole build.)
 */
class BuildErrorsTest {
    @TempDir
    Path temp;

    /** A correct one-report project; each test breaks one file of it. */
    private ProjectFixture project() {
        return new ProjectFixture(temp.resolve("project"))
                .file("content/site.yaml", SITE_YAML)
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        """)
                .file("content/reports/2024/data/outreach.yaml", """
                        people_reached: 152730
                        events: 471
                        """)
                .file("content/reports/2024/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan
                        ---
                        Tuyên truyền cho ${outreach.people_reached} lượt người.
                        """)
                .file("content/reports/2024/en/01-tong-quan.md", """
                        ---
                        title: Overview
                        ---
                        We reached ${outreach.people_reached} people.
                        """);
    }

    /** Builds without PDFs and returns every diagnostic as the command prints it; the build must have failed. */
    private List<String> buildFails(ProjectFixture project) {
        Diagnostics diagnostics = new Diagnostics();
        Path output = temp.resolve("output");
        BuildResult result = new Pipeline().build(new BuildOptions(project.root(), output, false, false), diagnostics);
        assertFalse(result.succeeded());
        assertFalse(Files.exists(output), "a failed build wrote the output folder");
        return diagnostics.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void theCorrectProjectBuilds() {
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project().root(), temp.resolve("output"), false, false), diagnostics);
        assertEquals(List.of(), diagnostics.sorted());
        assertEquals(true, result.succeeded());
    }

    @Test
    void aTypoInAFigureReferenceIsPointedAtWithTheClosestName() {
        ProjectFixture p = project().file("content/reports/2024/vi/01-tong-quan.md", """
                ---
                title: Tổng quan
                ---
                Năm nay có ${outreach.events} sự kiện.
                Tuyên truyền cho ${outreach.people_reachd} lượt người.
                """);
        assertEquals(List.of("""
                content/reports/2024/vi/01-tong-quan.md:5:20: error: 'outreach.people_reachd' does not exist in the data sets
                    Tuyên truyền cho ${outreach.people_reachd} lượt người.
                                       ^
                    hint: did you mean outreach.people_reached?
                """), buildFails(p));
    }

    @Test
    void templateMistakesAreExplainedInPlainWordsWithoutJavaNames() {
        ProjectFixture p = project()
                .file("content/reports/2024/data/outreach.yaml", """
                        people_reached: 152730
                        events: 471
                        online: true
                        channels: [radio, press]
                        """)
                .file("content/reports/2024/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan
                        ---
                        Số liệu: ${outreach}.
                        Sự kiện: ${outreach.events.count}.
                        Trực tuyến: ${outreach.online}.
                        Kênh: ${outreach.channels}.
                        <@tabel id="outreach.by_year"/>
                        <@chart id=outreach.growth/>
                        """);
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline().build(new BuildOptions(p.root(), temp.resolve("output"), false, false), diagnostics);
        List<String> vi = diagnostics.sorted().stream().filter(d -> d.file().endsWith("vi/01-tong-quan.md"))
                .map(d -> d.line() + ":" + d.column() + " " + d.message() + " | " + d.hint()).toList();
        assertEquals(List.of(
                "4:12 'outreach' is a whole data set, not one figure | name one of its figures, e.g. ${outreach.people_reached}",
                "5:12 'outreach.events' is a number: nothing can follow it after a '.' | print it as ${outreach.events}",
                "6:13 'outreach.online' is true/false, which a narrative cannot print"
                        + " | write the words you mean in the narrative, or make the value a text in the data set",
                "7:9 'outreach.channels' is a list, not one figure | print one item, e.g. ${outreach.channels[0]} for the first",
                "8:3 unknown <@tabel> | did you mean <@table>? a narrative can use <@chart id=\"...\"/>, <@table id=\"...\"/> and <@ref id=\"...\"/>",
                "9:1 the id of <@chart> must be in quotes | write it as <@chart id=\"outreach.growth\"/>"), vi);
    }

    @Test
    void anUnknownKeyInReportYamlIsAnErrorWithASuggestion() {
        ProjectFixture p = project().file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                subtitel: {vi: Một năm đáng nhớ, en: A year to remember}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        assertEquals(List.of("""
                content/reports/2024/report.yaml:2:1: error: unknown key 'subtitel' in report.yaml
                    subtitel: {vi: Một năm đáng nhớ, en: A year to remember}
                    ^
                    hint: did you mean 'subtitle'?
                """), buildFails(p));
    }

    @Test
    void aYamlSyntaxErrorInADataSetNamesItsLineAndColumn() {
        ProjectFixture p = project().file("content/reports/2024/data/outreach.yaml", """
                people_reached: 152730
                events: 471
                  volunteers: 35
                """);
        assertEquals(List.of("""
                content/reports/2024/data/outreach.yaml:3:3: error: this line is indented more than the line above it
                      volunteers: 35
                      ^
                    hint: a line indented by 2 spaces more than the key above it continues that key's value: indent it like 'events:' (or, if it is a text containing ': ', put it in quotes)
                """), buildFails(p));
    }

    @Test
    void aSectionWithoutATitleSaysWhatToAdd() {
        ProjectFixture p = project().file("content/reports/2024/en/01-tong-quan.md", """
                ---
                summary: What the year brought.
                ---
                We reached ${outreach.people_reached} people.
                """);
        assertEquals(List.of("""
                content/reports/2024/en/01-tong-quan.md:2:1: error: missing required key 'title'
                    summary: What the year brought.
                    ^
                    hint: add a line such as: title: Tổ chức bộ máy
                """), buildFails(p));
    }

    @Test
    void aMissingImageIsNamedAsTheAuthorWroteIt() {
        ProjectFixture p = project().file("content/reports/2024/en/01-tong-quan.md", """
                ---
                title: Overview
                ---
                We reached ${outreach.people_reached} people.

                ![The lotus field](../media/cánh-đồng.png) and [the plan](../ke-hoach.md).
                """);
        assertEquals(List.of("""
                content/reports/2024/en/01-tong-quan.md:6:20: error: image '../media/cánh-đồng.png' does not exist
                    ![The lotus field](../media/cánh-đồng.png) and [the plan](../ke-hoach.md).
                                       ^
                    hint: the path is relative to this Markdown file, e.g. ../media/cánh-đồng.png
                """, """
                content/reports/2024/en/01-tong-quan.md:6:59: error: link to '../ke-hoach.md', which is not a section of this report
                    ![The lotus field](../media/cánh-đồng.png) and [the plan](../ke-hoach.md).
                                                                              ^
                    hint: link to a section file of the same language folder: 01-tong-quan.md
                """), buildFails(p));
    }

    @Test
    void everyMistakeOfTheNarrativesIsListedInOneRun() {
        ProjectFixture p = project()
                .file("content/reports/2024/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan
                        ---
                        Có <@chart id="outreach.chanels"/> và ${outreach.events}.
                        """)
                .file("content/reports/2024/en/01-tong-quan.md", """
                        ---
                        title: Overview
                        ---
                        We reached ${outreach.peoplereached} people at ${outreach.event} events.
                        """);
        List<String> headlines = buildFails(p).stream().map(s -> s.lines().findFirst().orElseThrow()).toList();
        assertEquals(List.of(
                "content/reports/2024/en/01-tong-quan.md:4:14: error: 'outreach.peoplereached' does not exist in the data sets",
                "content/reports/2024/en/01-tong-quan.md:4:50: error: 'outreach.event' does not exist in the data sets",
                "content/reports/2024/vi/01-tong-quan.md:4:4: error: unknown chart 'outreach.chanels'"), headlines);
    }

    @Test
    void mistakesInYamlAndInTheNarrativesAreListedInTheSameRunWithoutEchoes() {
        ProjectFixture p = project()
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        publshed: 2025-03-20
                        published: 2025-03-20
                        """)
                .file("content/reports/2024/data/members.yaml", """
                        total: [1, 2
                        """)
                .file("content/reports/2024/en/01-tong-quan.md", """
                        ---
                        title: Overview
                        ---
                        We reached ${outreach.people_reachd} people; ${members.total} members.
                        """);
        List<String> headlines = buildFails(p).stream().map(s -> s.lines().findFirst().orElseThrow()).toList();
        // The unreadable members.yaml is reported once, not again where the narrative uses it.
        assertEquals(3, headlines.size(), headlines.toString());
        assertTrue(headlines.get(0).startsWith("content/reports/2024/data/members.yaml:"), headlines.get(0));
        assertEquals("content/reports/2024/en/01-tong-quan.md:4:14: error: 'outreach.people_reachd' does not exist in the data sets",
                headlines.get(1));
        assertEquals("content/reports/2024/report.yaml:3:1: error: unknown key 'publshed' in report.yaml", headlines.get(2));
    }
}
