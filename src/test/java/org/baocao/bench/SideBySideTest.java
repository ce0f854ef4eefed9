package org.baocao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the side-by-side runs a build, and what it reads of a process. */
class SideBySideTest {
    @TempDir
    Path folder;

    @Test
    void startsEachBuildWithTheFlagsOfTheLauncher() throws IOException {
        String launcher = Files.readString(Path.of("bin/baocao"));
        assertTrue(launcher.contains("*) flags=\"" + String.join(" ", SideBySide.LAUNCHER_FLAGS) + "\" ;;"),
                "bin/baocao's flags for a build changed: change SideBySide.LAUNCHER_FLAGS to match");
        assertTrue(launcher.contains("< " + SideBySide.HUGE_PAGES + "\n") && launcher.contains("*\"[madvise]\"*) flags=\"$flags -XX:+UseTransparentHugePages\" ;;"),
                "bin/baocao asks for huge pages otherwise: change SideBySide.launcherFlags to match");
        List<String> command = SideBySide.baocao("org.example.Main", Path.of("/p"), Path.of("/o"), false);
        List<String> flags = SideBySide.launcherFlags();
        assertEquals(SideBySide.LAUNCHER_FLAGS, flags.subList(0, 3));
        assertEquals(flags, command.subList(1, 1 + flags.size()));
        assertEquals(List.of("org.example.Main", "build", "--quiet", "--project", "/p", "--out", "/o", "--no-pdf"),
                command.subList(command.size() - 8, command.size()));
        assertEquals("--out", SideBySide.baocao("org.example.Main", Path.of("/p"), Path.of("/o"), true).get(command.size() - 3));
    }

    @Test
    void asksForHugePagesOnlyWhereLinuxLendsThemOnRequest() throws IOException {
        Path setting = folder.resolve("enabled");
        Files.writeString(setting, "always [madvise] never\n");
        assertTrue(SideBySide.hugePagesOnRequest(setting));
        Files.writeString(setting, "[always] madvise never\n");
        assertFalse(SideBySide.hugePagesOnRequest(setting), "every page is huge already");
        Files.writeString(setting, "always madvise [never]\n");
        assertFalse(SideBySide.hugePagesOnRequest(setting), "Java would warn that it gets none");
        assertFalse(SideBySide.hugePagesOnRequest(folder.resolve("missing")), "not Linux");
    }

    @Test
    void eachRunWritesIntoANewFolderAndAllAreDeletedAfterTheLastLine() throws Exception {
        StringWriter table = new StringWriter();
        StringWriter progress = new StringWriter();
        SideBySide.Row row = SideBySide.Row.generated(new BenchProject.Shape(1, 2), false);
        new SideBySide("org.baocao.cli.Main", 2, false, true, new PrintWriter(table), new PrintWriter(progress)).run(List.of(row));
        assertTrue(table.toString().contains("| 4 section pages (1 report × 2 sections × 2 languages), HTML only (baocao: "), table.toString());
        Matcher kept = Pattern.compile("kept in (.+)").matcher(progress.toString());
        assertTrue(kept.find(), progress.toString());
        Path measured = Path.of(kept.group(1).strip());
        try {
            for (int run = 1; run <= 2; run++) {
                assertTrue(Files.isRegularFile(SideBySide.output(measured, "out-baocao", run).resolve("index.html")), "run " + run);
            }
            assertFalse(Files.exists(measured.resolve("out-baocao")));
        } finally {
            try (var files = Files.walk(measured)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }

        List<Path> before = measuredFolders();
        new SideBySide("org.baocao.cli.Main", 1, false, false, new PrintWriter(table), new PrintWriter(progress)).run(List.of(row));
        assertEquals(before, measuredFolders(), "deleted at the end");
    }

    private static List<Path> measuredFolders() throws IOException {
        try (var entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(entry -> entry.getFileName().toString().startsWith("baocao-side-by-side")).sorted().toList();
        }
    }

    @Test
    void theIssueTableHasItsLinesAndTheSampleLast() {
        List<SideBySide.Row> rows = SideBySide.issueRows(false, Optional.of(Path.of("/repo")));
        assertEquals(List.of("100 section pages (1 report × 50 sections × 2 languages), HTML only",
                "1,000 section pages (10 reports × 50 sections × 2 languages), HTML only",
                "80 section pages (1 report × 40 sections × 2 languages), site + 2 PDFs",
                "240 section pages (10 reports × 12 sections × 2 languages), site + 20 PDFs",
                "the sample /repo, whole process, site + PDFs"), rows.stream().map(SideBySide.Row::work).toList());
        assertEquals(10_000, SideBySide.issueRows(true, Optional.empty()).get(2).shape().orElseThrow().sectionPages());
    }

    @Test
    void measuresAProcessWithGnuTimeOrByPolling() throws Exception {
        // A shell busy for a moment: long enough for a poll to see it.
        List<String> busy = List.of("sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done");
        for (ProcessTimer timer : List.of(ProcessTimer.best(), ProcessTimer.polling())) {
            ProcessTimer.Measurement measured = timer.run(busy, folder, folder.resolve("log.txt"));
            assertTrue(measured.cpuMillis() > 0 && measured.wallMillis() > 0 && measured.peakKb() > 0, timer.method() + ": " + measured);
        }
    }

    @Test
    void aFailedProcessIsReportedWithTheEndOfItsOutput() {
        IOException failed = assertThrows(IOException.class,
                () -> ProcessTimer.best().run(List.of("sh", "-c", "echo the content is broken; exit 3"), folder, folder.resolve("log.txt")));
        assertTrue(failed.getMessage().contains("ended with status 3") && failed.getMessage().contains("the content is broken"), failed.getMessage());
    }

    @Test
    void mediansAreTakenFigureByFigureAndRunsOneAfterTheOtherAddUp() {
        var runs = List.of(new ProcessTimer.Measurement(3000, 100, 50), new ProcessTimer.Measurement(1000, 300, 70),
                new ProcessTimer.Measurement(2000, 200, 60));
        assertEquals(new ProcessTimer.Measurement(2000, 200, 60), ProcessTimer.Measurement.median(runs));
        assertEquals(new ProcessTimer.Measurement(4000, 400, 70), runs.get(0).then(runs.get(1)));
    }
}
