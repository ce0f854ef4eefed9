package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.baocao.TestFiles;
import org.baocao.render.html.WebFonts;
import org.baocao.render.pdf.FontSet;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in fonts' web subsets, made on a background thread while the build reads the project, reach the site. */
class SiteFontsTest {

    @Test
    void everyBuiltInFaceIsWrittenAsItsSubset(@TempDir Path project, @TempDir Path output) throws Exception {
        TestFiles.write(project, "content/site.yaml", SITE_YAML);
        TestFiles.write(project, "content/reports/2020/report.yaml", """
                title: {vi: Báo cáo thường niên 2020, en: Annual Report 2020}
                period: {start: 2020-01-01, end: 2020-12-31}
                published: 2021-03-31
                """);
        TestFiles.write(project, "content/reports/2020/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nHợp tác xã.\n");
        TestFiles.write(project, "content/reports/2020/en/01-tong-quan.md", "---\ntitle: Overview\nslug: overview\n---\nCooperative.\n");
        Diagnostics diagnostics = new Diagnostics();

        BuildResult result = new Pipeline().build(new BuildOptions(project, output, false, false), diagnostics);

        assertTrue(result.succeeded(), diagnostics.sorted().toString());
        FontSet fonts = FontSet.liberation();
        for (FontSet.Face face : fonts.faces()) {
            Path written = output.resolve("assets/fonts/" + face.file());
            assertTrue(Files.isRegularFile(written), face.file());
            assertArrayEquals(WebFonts.subset(fonts.bytes(face.file())), Files.readAllBytes(written), face.file());
        }
    }
}
