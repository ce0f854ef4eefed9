package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.baocao.bench.PrintFixture;
import org.baocao.check.Projects;
import org.baocao.check.Projects.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baocao bench}'s whole-build mode: what it refuses, and one real build timed as a process of its own. */
class BenchCommandTest {
    @TempDir
    Path folder;

    @Test
    void refusesEmptyWorkloads() {
        Run reports = Projects.run("bench", "--reports", "0");
        assertEquals(2, reports.exitCode());
        assertTrue(reports.err().contains("--reports and --sections must be at least 1"), reports.err());
        Run runs = Projects.run("bench", "--sections", "2", "--runs", "0");
        assertEquals(2, runs.exitCode());
        assertTrue(runs.err().contains("--runs must be at least 1"), runs.err());
    }

    @Test
    void timesABuildOfAProjectAsAProcessOfItsOwn() throws Exception {
        Path project = folder.resolve("sen-vang");
        PrintFixture.write(project, 1, "");
        Run run = Projects.run("bench", "--project", project.toString(), "--runs", "1");
        assertEquals(0, run.exitCode(), run.err());
        String line = run.out().lines().filter(l -> l.startsWith("| the project " + project)).findFirst().orElseThrow(() -> new AssertionError(run.out()));
        // The site of one report of one section in two languages, measured: wall and CPU time, peak memory; no anchor.
        assertTrue(line.matches("\\| the project .*, whole process, HTML only \\(baocao: \\d+ HTML files\\) \\| [0-9.]+ s wall, [0-9.]+ s CPU, [1-9]\\d* MB \\| — \\| — \\|"), line);
    }

    @Test
    void aFailedBuildIsReportedWithItsOutput() {
        Run run = Projects.run("bench", "--project", folder.resolve("no-project-here").toString(), "--runs", "1");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("build --quiet --project " + folder.resolve("no-project-here")) && run.err().contains("ended with status"), run.err());
    }
}
