package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each folder of src/test/resources/broken/ holds one fault, as the files that differ from the clean project in
 * broken/_base/, and expected.txt: the exact diagnostic headlines, after an optional "args: ..." line, each followed by
 * its "    hint: ..." line when the file gives any (then every hint is compared). check and build
 * must both exit 1 with exactly those headlines, print no stack trace, and leave every file of the project, the
 * previous output/ included, byte for byte as it was.
 */
class BrokenProjectsTest {

    static List<String> faults() throws IOException {
        return Projects.faults();
    }

    @Test
    void thereIsOneFolderPerFaultClass() throws IOException {
        assertTrue(faults().size() >= 30, "at least 30 broken projects, found " + faults().size());
    }

    @Test
    void theBaseProjectIsClean(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Projects.Run check = Projects.run("check", "--strict", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("", check.err());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void checkAndBuildReportTheFaultAndWriteNothing(String fault, @TempDir Path project) throws IOException {
        Projects.assemble(fault, project);
        Projects.previousOutput(project);
        List<String> expected = new ArrayList<>(Files.readAllLines(Projects.brokenFolder().resolve(fault).resolve("expected.txt"), StandardCharsets.UTF_8));
        List<String> args = new ArrayList<>();
        if (expected.get(0).startsWith("args: ")) args.addAll(List.of(expected.remove(0).substring(6).split(" ")));
        Map<String, String> before = Projects.snapshot(project);

        for (String command : List.of("check", "build")) {
            List<String> line = new ArrayList<>(List.of(command, "--project", project.toString()));
            line.addAll(args);
            Projects.Run run = Projects.run(line.toArray(String[]::new));
            assertEquals(1, run.exitCode(), command + " exit code; stderr:\n" + run.err());
            boolean withHints = expected.stream().anyMatch(l -> l.startsWith("    hint: "));
            assertEquals(expected, withHints ? run.headlinesAndHints() : run.headlines(), command + " diagnostics; stderr:\n" + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), command + " printed a stack trace:\n" + run.err());
            assertEquals(before, Projects.snapshot(project), command + " changed the project or its output folder");
        }
    }
}
