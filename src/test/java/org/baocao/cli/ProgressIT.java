package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a build shows while it works, run from the packaged jar: on a terminal (a pseudo-terminal made by
 * util-linux's script) one line redrawn with a bar for the PDFs; in a log plain lines; with --quiet nothing.
 */
@EnabledOnOs(OS.LINUX)
class ProgressIT {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String JAR = Path.of("target/baocao.jar").toAbsolutePath().toString();

    @TempDir
    static Path temp;
    static Path project;

    record Run(int exit, String out, String err) {}

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        // A guard so a hung process cannot stall CI, not a speed target.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> baocao(String... args) {
        List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR));
        command.addAll(List.of(args));
        return command;
    }

    @BeforeAll
    static void newProject() throws Exception {
        project = temp.resolve("bao-cao");
        Run created = run(baocao("new", "site", project.toString()));
        assertEquals(0, created.exit(), created.err());
        // Named, so that the build has no placeholder to warn about and prints its progress only.
        Path siteYaml = project.resolve("content/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceAll("\\s*# baocao:todo.*", ""));
    }

    @Test
    void onATerminalOneLineIsRedrawnWithABarForThePdfs() throws Exception {
        String line = String.join(" ", baocao("build", "--project", project.toString(), "--out", temp.resolve("tty").toString()));
        Run run = run(List.of("script", "-qec", line, "/dev/null"));

        assertEquals(0, run.exit(), run.out());
        String shown = run.out();
        assertTrue(shown.contains("\rreading and checking the content"), shown);
        assertTrue(shown.contains("\rmaking the PDFs [------------------------] 0/2"), shown);
        assertTrue(shown.contains("\rmaking the PDFs [############------------] 1/2"), shown);
        assertTrue(shown.contains("\rmaking the PDFs [########################] 2/2"), shown);
        assertTrue(shown.contains("\rwriting the website"), shown);
        // The progress line is wiped before the result, which starts on a clean line.
        assertTrue(shown.matches("(?s).*\r +\rbuilt \\d+ pages and 2 PDFs into .*"), shown);
        assertTrue(shown.indexOf("\rreading") < shown.indexOf("\rmaking") && shown.indexOf("\rmaking") < shown.indexOf("\rwriting"));
    }

    @Test
    void inALogEachStepIsAPlainLine() throws Exception {
        Run run = run(baocao("build", "--project", project.toString(), "--out", temp.resolve("log").toString()));

        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of("reading and checking the content", "making the PDFs", "PDF 1/2", "PDF 2/2", "writing the website", "publishing"),
                run.err().lines().toList());
        assertTrue(run.out().startsWith("built "), run.out());
        assertTrue(!run.err().contains("\r"));
    }

    @Test
    void quietPrintsNothing() throws Exception {
        String line = String.join(" ", baocao("build", "--quiet", "--project", project.toString(), "--out", temp.resolve("quiet").toString()));
        Run terminal = run(List.of("script", "-qec", line, "/dev/null"));
        assertEquals(0, terminal.exit(), terminal.out());
        assertEquals("", terminal.out());
        Run log = run(baocao("build", "-q", "--project", project.toString(), "--out", temp.resolve("quiet").toString()));
        assertEquals(0, log.exit(), log.err());
        assertEquals("", log.out() + log.err());
    }
}
