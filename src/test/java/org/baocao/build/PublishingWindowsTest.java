package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.baocao.source.Phrase;
import org.baocao.source.ToolLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The windows a crash or a second build could leave open while publishing: output/ is never missing, leftovers of
 * killed builds are cleaned, two builds take turns, and an I/O failure is one plain message.
 */
class PublishingWindowsTest {
    @TempDir
    Path temp;

    private Path project() {
        return new ProjectFixture(temp.resolve("project"))
                .file("content/site.yaml", SITE_YAML)
                .file("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo 2024, en: Report 2024}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        """)
                .file("content/reports/2024/vi/01-tong-quan.md", "---\ntitle: Tổng quan\n---\nXin chào.\n").root();
    }

    private static BuildResult build(Path project, Path output, Diagnostics diagnostics) {
        return new Pipeline().build(new BuildOptions(project, output, false, false), diagnostics);
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBuildCleansTheStagingFoldersOfKilledBuilds() throws IOException {
        Path project = project();
        Path output = temp.resolve("site");
        Files.writeString(Files.createDirectories(temp.resolve(".site.building-4242-123/vi")).resolve("index.html"), "half a site");
        Files.createDirectories(temp.resolve(".site.building-777"));
        assertTrue(build(project, output, new Diagnostics()).succeeded());
        assertEquals(List.of(".site.lock", "project", "site"), siblings());
    }

    @Test
    void theSiteMovedAsideByABuildKilledBetweenItsTwoRenamesIsPutBack() throws IOException {
        Path output = temp.resolve("site");
        Path aside = Files.createDirectories(temp.resolve(".site.previous-99"));
        Files.writeString(aside.resolve(Pipeline.MARKER), "written by baocao\n");
        Files.writeString(aside.resolve("index.html"), "the last published site");
        Publisher.tidy(output);
        assertEquals("the last published site", Files.readString(output.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aPreviousSiteLeftBesideAPublishedOneIsDeleted() throws IOException {
        Path output = Files.createDirectories(temp.resolve("site"));
        Files.writeString(output.resolve("index.html"), "new");
        Files.createDirectories(temp.resolve(".site.previous-1"));
        Publisher.tidy(output);
        assertEquals(List.of("site"), siblings());
        assertEquals("new", Files.readString(output.resolve("index.html")));
    }

    @Test
    void whenTheSecondRenameFailsThePreviousSiteGoesBack() throws IOException {
        Path output = Files.createDirectories(temp.resolve("site"));
        Files.writeString(output.resolve("index.html"), "published");
        assertThrows(IOException.class, () -> Publisher.publish(temp.resolve(".site.building-gone"), output));
        assertEquals("published", Files.readString(output.resolve("index.html")));
        assertEquals(List.of("site"), siblings());
    }

    @Test
    void aSecondBuildWaitsForTheLockThenSaysWhoHoldsIt() throws Exception {
        Path output = temp.resolve("site");
        try (Publisher.Lock held = Publisher.lock(output, Duration.ZERO)) {
            Publisher.Busy busy = assertThrows(Publisher.Busy.class, () -> Publisher.lock(output, Duration.ofMillis(300)));
            assertEquals(String.valueOf(ProcessHandle.current().pid()), busy.holder());
        }
        try (Publisher.Lock again = Publisher.lock(output, Duration.ZERO)) {
            assertTrue(Files.isRegularFile(temp.resolve(".site.lock")), "free again once released");
        }
    }

    @Test
    void twoBuildsAtOnceBothSucceedOneAfterTheOther() throws Exception {
        Path project = project();
        Path output = temp.resolve("site");
        List<CompletableFuture<Boolean>> builds = new ArrayList<>();
        for (int i = 0; i < 2; i++) builds.add(CompletableFuture.supplyAsync(() -> build(project, output, new Diagnostics()).succeeded()));
        for (CompletableFuture<Boolean> one : builds) assertTrue(one.get());
        assertTrue(Files.isRegularFile(output.resolve("vi/2024/tong-quan/index.html")));
        assertEquals(List.of(".site.lock", "project", "site"), siblings());
    }

    @Test
    void anOutputFolderThatIsALinkStaysALink() throws IOException {
        Path project = project();
        Path real = Files.createDirectories(temp.resolve("real-site"));
        Path output = Files.createSymbolicLink(temp.resolve("site"), real);
        assertTrue(build(project, output, new Diagnostics()).succeeded());
        assertTrue(build(project, output, new Diagnostics()).succeeded());
        assertTrue(Files.isSymbolicLink(output));
        assertTrue(Files.isRegularFile(real.resolve("vi/2024/tong-quan/index.html")));
    }

    @Test
    void anOutputFolderInsideContentOrTemplatesIsRefused() throws IOException {
        Path project = project();
        for (String inside : List.of("content/reports/x", "templates/assets/out")) {
            Diagnostics diagnostics = new Diagnostics();
            Path output = project.resolve(inside);
            assertFalse(build(project, output, diagnostics).succeeded());
            String folder = inside.substring(0, inside.indexOf('/'));
            assertEquals(output + ":1:1: error: the output folder is inside the project's " + folder + "/ folder", diagnostics.sorted().get(0).headline());
            assertFalse(Files.exists(output));
        }
        Path linkToContent = Files.createSymbolicLink(temp.resolve("content-link"), project.resolve("content"));
        assertFalse(build(project, linkToContent.resolve("site"), new Diagnostics()).succeeded(), "refused through a link too");
    }

    @Test
    void ioFailuresAreOnePlainMessage() {
        Path output = temp.resolve("site");
        Publisher.Failure full = Publisher.describe(new FileSystemException("/x/site/vi/index.html", null, "No space left on device"));
        Phrase fullText = full.message().with(full.argument(), output.getFileName());
        assertEquals("cannot write the output: the disk is full", fullText.in(ToolLanguage.EN));
        Publisher.Failure denied = Publisher.describe(new AccessDeniedException("/x/site/index.html"));
        Phrase deniedText = denied.message().with(denied.argument(), output.getFileName());
        assertEquals("cannot write the output: permission denied for /x/site/index.html", deniedText.in(ToolLanguage.EN));
        assertEquals("make site/ and the folder around it writable, or choose another folder with --out", deniedText.hintIn(ToolLanguage.EN));
    }

    @Test
    void aBuildIntoAFolderItCannotWriteFailsWithOneMessage() throws IOException {
        Path project = project();
        Path blocked = Files.writeString(temp.resolve("blocked"), "a file where a folder should be");
        Diagnostics diagnostics = new Diagnostics();
        assertFalse(build(project, blocked.resolve("site"), diagnostics).succeeded());
        var errors = diagnostics.sorted().stream().filter(d -> d.isError()).toList();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).message().startsWith("cannot write the output: "), errors.toString());
    }
}
