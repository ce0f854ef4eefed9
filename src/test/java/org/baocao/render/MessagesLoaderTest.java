package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.baocao.TestFiles;
import org.baocao.bench.PrintFixture;
import org.baocao.build.Loaded;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesLoaderTest {
    @TempDir
    Path project;

    private void write(String path, String text) throws IOException {
        TestFiles.write(project, path, text);
    }

    @Test
    void aThemeCopyOfTheStringsOverridesOnlyWhatItHasAndContentOverridesBoth() throws IOException {
        write("content/site.yaml", PrintFixture.SITE_YAML);
        write("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo 2024, en: Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        // A report needs a section to be published (one without is a data-only report).
        write("content/reports/2024/vi/01-gioi-thieu.md", "---\ntitle: Giới thiệu\n---\nQuỹ phục vụ thành viên.\n");
        write("content/reports/2024/en/01-gioi-thieu.md", "---\ntitle: Introduction\n---\nThe fund serves its members.\n");
        // A copy made from an older baocao: it lacks the strings added since, which still come from the default theme.
        write("templates/i18n/vi.yaml", "contents: Nội dung\nreports: Các báo cáo\n");
        write("content/i18n/vi.yaml", "reports: Báo cáo của chúng tôi\n");
        Diagnostics diagnostics = new Diagnostics();
        Loaded loaded = new Pipeline().load(project, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::headline).toList());
        var vi = loaded.messages().get("vi");
        assertEquals("Nội dung", vi.get("contents"));
        assertEquals("Báo cáo của chúng tôi", vi.get("reports"));
        assertEquals("Hình", vi.get("figure"));
        assertEquals("Contents", loaded.messages().get("en").get("contents"));
    }
}
