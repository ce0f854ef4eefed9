package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.baocao.TestFiles;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureParityTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    /** Hợp tác xã Sen Vàng: one section in two languages; the English text is the test's to write. */
    private List<String> warningsWithEnglish(String englishBody) throws IOException {
        write("content/site.yaml", """
                organization: {name: {vi: Hợp tác xã Sen Vàng, en: Golden Lotus Cooperative}}
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                """);
        write("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo 2024, en: Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        write("content/reports/2024/data/members.yaml", """
                total: 1250
                ponds: 38
                charts:
                  growth: {type: column, title: Members, categories: ['2023', '2024'], series: [{values: [1180, total]}]}
                """);
        write("content/reports/2024/vi/01-tong-quan.md", """
                ---
                title: Tổng quan
                ---
                Hợp tác xã có ${members.total} thành viên và ${members.ponds} ao sen.

                <@chart id="members.growth"/>
                """);
        write("content/reports/2024/en/01-tong-quan.md", "---\ntitle: Overview\n---\n" + englishBody);
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline().load(project, diagnostics);
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aTranslationWithTheSameFiguresIsQuiet() throws IOException {
        assertEquals(List.of(), warningsWithEnglish("""
                ${members.ponds} lotus ponds are tended by the ${members.total} members.

                <@chart id="members.growth"/>
                """));
    }

    @Test
    void aFigureOrChartLeftOutOfTheTranslationIsSaid() throws IOException {
        assertEquals(List.of("content/reports/2024/en/01-tong-quan.md:4:1: warning: the en text prints fewer figures than its "
                + "source content/reports/2024/vi/01-tong-quan.md: ${members.ponds}, <@chart id=\"members.growth\"/>"),
                warningsWithEnglish("The cooperative has ${members.total} members.\n"));
    }

    @Test
    void aFigureTypedByHandIsPointedAt() throws IOException {
        assertEquals(List.of(
                "content/reports/2024/en/01-tong-quan.md:4:1: warning: the en text prints fewer figures than its source "
                        + "content/reports/2024/vi/01-tong-quan.md: ${members.total}",
                "content/reports/2024/en/01-tong-quan.md:4:36: warning: the figure 1,250 is typed by hand"),
                warningsWithEnglish("""
                        ${members.ponds} ponds are kept by 1,250 members, as in 2024 (see [the plan](https://example.org/plan/20300)).

                        <@chart id="members.growth"/>
                        """));
    }

    @Test
    void theQuickLookMissesNoFigureThePatternFinds() {
        java.util.regex.Pattern typed = java.util.regex.Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d{5,}");
        for (String text : List.of("1,250 members", "1.250", "12.500,5 tấn", "xã viên: 15273", "٣٠٠٠٠", "a 1,2 b 999", "2024 and 2025",
                "7,25%", "1,25", "v1.2.3", "12345", "1234", "9.99", "1 250", "end 1,250")) {
            assertEquals(typed.matcher(text).find(), FigureParity.mayHoldTypedFigure(text), text);
        }
    }
}
