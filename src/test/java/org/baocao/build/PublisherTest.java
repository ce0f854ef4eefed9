package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole on success and left exactly as it was otherwise. */
class PublisherTest {
    @TempDir
    Path temp;

    private ProjectFixture project() {
        return new ProjectFixture(temp.resolve("project"))
                .file("content/site.yaml", SITE_YAML)
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo 2024, en: Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        """)
                .file("content/reports/2024/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nXin chào.\n");
    }

    private static BuildResult build(Path project, Path output, Diagnostics diagnostics) {
        return new Pipeline().build(new BuildOptions(project, output, false, false), diagnostics);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.map(f -> folder.relativize(f) + (Files.isRegularFile(f) ? " " + f.toFile().length() : "")).sorted().toList();
        }
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteUntouchedAndNoStagingFolder() throws IOException {
        ProjectFixture project = project();
        Path output = temp.resolve("site");
        assertTrue(build(project.root(), output, new Diagnostics()).succeeded());
        List<String> before = listing(output);
        String page = Files.readString(output.resolve("vi/2024/tong-quan/index.html"));

        project.file("content/reports/2024/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nCó ${missing.value} người.\n");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(build(project.root(), output, diagnostics).succeeded());
        assertTrue(diagnostics.hasErrors());
        assertEquals(before, listing(output));
        assertEquals(page, Files.readString(output.resolve("vi/2024/tong-quan/index.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".site.lock", "project", "site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeFolder() throws IOException {
        ProjectFixture project = project();
        Path output = temp.resolve("site");
        assertTrue(build(project.root(), output, new Diagnostics()).succeeded());
        Files.writeString(output.resolve("vi/left-over.html"), "from an earlier build");
        project.file("content/reports/2024/vi/01-tong-quan.md", "---\ntitle: Tổng quan mới\n---\nXin chào.\n");

        assertTrue(build(project.root(), output, new Diagnostics()).succeeded());
        assertFalse(Files.exists(output.resolve("vi/left-over.html")));
        assertFalse(Files.exists(output.resolve("vi/2024/tong-quan")));
        assertTrue(Files.isRegularFile(output.resolve("vi/2024/tong-quan-moi/index.html")));
        assertTrue(Files.isRegularFile(output.resolve(Pipeline.MARKER)));
    }

    @Test
    void refusesToReplaceAFolderBaocaoDidNotWrite() throws IOException {
        Path output = temp.resolve("documents");
        Files.createDirectories(output);
        Files.writeString(output.resolve("thesis.docx"), "precious");
        Diagnostics diagnostics = new Diagnostics();

        assertFalse(build(project().root(), output, diagnostics).succeeded());
        assertEquals("precious", Files.readString(output.resolve("thesis.docx")));
        assertEquals(List.of("thesis.docx"), listing(output).stream().filter(s -> !s.isEmpty()).map(s -> s.split(" ")[0]).toList());
        Diagnostic error = diagnostics.sorted().get(0);
        assertEquals("the output folder holds files that baocao did not write", error.message());
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheProject() {
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(build(project().root(), temp, diagnostics).succeeded());
        assertEquals("the output folder contains the project", diagnostics.sorted().get(0).message());
    }

    @Test
    void publishSwapsFoldersAndDiscardRemovesStaging() throws IOException {
        Path output = temp.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve("old.txt"), "old");
        Path staged = Publisher.stage(output);
        assertEquals(output.getParent(), staged.getParent());
        Files.writeString(staged.resolve("new.txt"), "new");
        Publisher.publish(staged, output);
        assertEquals(List.of("", "new.txt 3"), listing(output));
        assertFalse(Files.exists(staged));

        Path abandoned = Publisher.stage(output);
        Files.createDirectories(abandoned.resolve("a/b"));
        Files.writeString(abandoned.resolve("a/b/c.txt"), "x");
        Publisher.discard(abandoned);
        assertFalse(Files.exists(abandoned));
    }
}
