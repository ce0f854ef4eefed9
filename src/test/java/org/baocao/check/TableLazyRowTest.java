package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.baocao.source.ToolLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line right below a Markdown table, with no blank line between, is one more row of it under GitHub's rules, even
 * without a '|' (flexmark ended the table there): a warning at that line says so, in either language, and the row
 * stays as GitHub shows it, with no trace of the warning's marker in the site. A row written with its pipes, and text
 * after a blank line, are quiet. (broken/markdown-table-lazy-row: --strict refuses it.)
 */
class TableLazyRowTest {
    private static final String NARRATIVE = "content/reports/2020/vi/02-hoat-dong.md";
    private static final String HEADER = """
            ---
            title: Hoạt động
            ---
            ## Sản xuất

            | Năm | Việc làm |
            |---|---|
            | 2020 | Mở rộng vùng trồng sen |
            """;

    /** The source line typed right under the table, its warning, and the table body with it as the last row. */
    private static final String LAZY_LINE = "Nguồn: Sổ ghi chép của hợp tác xã.\n";
    private static final String LAZY_ROW_WARNING =
            NARRATIVE + ":9:1: warning: the line 'Nguồn: Sổ ghi chép của hợp tác xã.' under the table became one of its rows";
    private static final String WITH_SOURCE_ROW = """
            <tbody>
            <tr><td>2020</td><td>Mở rộng vùng trồng sen</td></tr>
            <tr><td>Nguồn: Sổ ghi chép của hợp tác xã.</td><td></td></tr>
            </tbody>""";

    @TempDir
    Path project;

    /** {@code narrative} as the Vietnamese second section of the broken projects' clean base, assembled unless it is already. */
    private Projects.Run check(String narrative) throws IOException {
        if (!Files.exists(project.resolve("content"))) Projects.assemble(null, project);
        Files.writeString(project.resolve(NARRATIVE), narrative);
        Projects.Run check = Projects.run("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        return check;
    }

    /** The section's page as built, from {@code <tbody>} to {@code </tbody>}, checked for the marker everywhere. */
    private String builtTableBody() throws IOException {
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        try (Stream<Path> files = Files.walk(project.resolve("output"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("data-lazy-row"), file + " carries the marker");
            }
        }
        String page = Files.readString(project.resolve("output/vi/2020/hoat-dong/index.html"));
        return page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>") + "</tbody>".length());
    }

    @Test
    void aLineWithoutAPipeUnderTheTableIsAWarningAtThatLineAndStaysARow() throws IOException {
        Projects.Run check = check(HEADER + LAZY_LINE);
        assertEquals(List.of(
                LAZY_ROW_WARNING,
                "    hint: leave an empty line between the table and the text under it; to keep it a row, start and end it with |"),
                check.headlinesAndHints());
        assertEquals(WITH_SOURCE_ROW, builtTableBody());
    }

    @Test
    void aSiteWithUnsafeHtmlGetsTheSameWarningAndRow() throws IOException {
        Projects.assemble(null, project);
        Path site = project.resolve("content/site.yaml");
        Files.writeString(site, Files.readString(site) + "unsafe_html: true\n");
        Projects.Run check = check(HEADER + LAZY_LINE);
        assertEquals(List.of(LAZY_ROW_WARNING),
                check.headlines());
        assertEquals(WITH_SOURCE_ROW, builtTableBody());
    }

    @Test
    void inVietnamese() throws IOException {
        Projects.assemble(null, project);
        Files.writeString(project.resolve(NARRATIVE), HEADER + LAZY_LINE);
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline().load(project, diagnostics);
        assertEquals(List.of("""
                content/reports/2020/vi/02-hoat-dong.md:9:1: warning: dòng 'Nguồn: Sổ ghi chép của hợp tác xã.' ngay dưới bảng đã thành một hàng của bảng
                    Nguồn: Sổ ghi chép của hợp tác xã.
                    ^
                    gợi ý: hãy để một dòng trống giữa bảng và đoạn văn bên dưới; nếu muốn giữ là một hàng của bảng, hãy mở đầu và kết thúc dòng bằng dấu |
                """), diagnostics.sorted().stream().map(d -> d.format(ToolLanguage.VI)).toList());
    }

    @Test
    void eachLazyLineAtItsOwnLineInQuotesAndWithValuesPrinted() throws IOException {
        String longLine = "Số liệu do các tổ trưởng tổng hợp vào cuối mỗi quý, rồi ban kiểm soát đối chiếu với sổ sách.";
        Projects.assemble(null, project);
        Files.writeString(project.resolve("content/reports/2020/data/sources.yaml"), "book: Sổ ghi chép của hợp tác xã\n");
        Files.writeString(project.resolve("content/reports/2020/en/02-hoat-dong.md"), "---\ntitle: Activities\n---\n## Production\n\nSource: ${sources.book}.\n");
        Projects.Run check = check(HEADER + """
                Nguồn: Sổ ghi chép.

                Nguồn: Sổ ghi chép.

                > | Năm | Việc làm |
                > |---|---|
                >   Nguồn: Sổ ghi chép.
                %s

                | Năm | Việc làm |
                |---|---|
                | 2021 | Chế biến hạt sen |
                Nguồn: ${sources.book}.
                """.formatted(longLine));
        assertEquals(List.of(
                NARRATIVE + ":9:1: warning: the line 'Nguồn: Sổ ghi chép.' under the table became one of its rows",
                NARRATIVE + ":15:5: warning: the line 'Nguồn: Sổ ghi chép.' under the table became one of its rows",
                NARRATIVE + ":16:1: warning: the line 'Số liệu do các tổ trưởng tổng hợp vào cuối mỗi quý, rồi ban…' under the table became one of its rows",
                NARRATIVE + ":21:1: warning: the line 'Nguồn: Sổ ghi chép của hợp tác xã.' under the table became one of its rows"),
                check.headlines());
    }

    @Test
    void aRowWithItsPipesAndTextAfterABlankLineAreQuiet() throws IOException {
        Projects.Run check = check(HEADER + "| Nguồn: Sổ ghi chép của hợp tác xã. |\n\n"
                + "| Năm | Việc làm |\n|---|---|\n| 2021 | Chế biến hạt sen |\n\nNguồn: Sổ ghi chép của hợp tác xã.\n");
        assertEquals(List.of(), check.headlines(), check.err());
        assertEquals(WITH_SOURCE_ROW, builtTableBody());
        String page = Files.readString(project.resolve("output/vi/2020/hoat-dong/index.html"));
        assertTrue(page.contains("""
                <tbody>
                <tr><td>2021</td><td>Chế biến hạt sen</td></tr>
                </tbody>
                </table></div>
                <p>Nguồn: Sổ ghi chép của hợp tác xã.</p>"""), page);
    }
}
