package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code BAOCAO_LANG} chooses the language of messages and hints, whatever the machine's: checked in a separate
 * process, because the language is decided once per run from the environment.
 */
class ToolLanguageOutputTest {

    @Test
    void vietnameseMessagesAndHintsWithBaocaoLangVi(@TempDir Path project) throws Exception {
        Projects.assemble("period-reversed", project);
        Result run = check(project, "vi");
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(
                "content/reports/2020/report.yaml:2:34: error: kỳ báo cáo kết thúc (2020-01-01) trước khi bắt đầu (2020-12-31)",
                "    period: {start: 2020-12-31, end: 2020-01-01}",
                "                                     ^",
                "    gợi ý: hãy đổi chỗ start và end",
                "1 lỗi, 0 cảnh báo"), run.err().lines().toList());
    }

    @Test
    void englishWithBaocaoLangEnEvenOnAVietnameseSystem(@TempDir Path project) throws Exception {
        Projects.assemble("period-reversed", project);
        Result run = check(project, "en");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("content/reports/2020/report.yaml:2:34: error: the period ends (2020-01-01) before it starts (2020-12-31)\n"), run.err());
        assertTrue(run.err().contains("    hint: swap start and end\n"), run.err());
        assertTrue(run.err().endsWith("1 error, 0 warnings\n"), run.err());
    }

    @Test
    void jsonKeepsEnglishKeysAndGivesTheCode(@TempDir Path project) throws Exception {
        Projects.assemble("period-reversed", project);
        Result run = check(project, "vi", "--format", "json");
        assertTrue(run.out().contains("\"code\": \"BC2006\", \"message\": \"kỳ báo cáo kết thúc (2020-01-01) trước khi bắt đầu (2020-12-31)\""), run.out());
        assertTrue(run.out().contains("\"hint\": \"hãy đổi chỗ start và end\""), run.out());
    }

    private record Result(int exitCode, String out, String err) {}

    /** The CLI in a new JVM with the test's class path, BAOCAO_LANG set and the system language the other one. */
    private static Result check(Path project, String language, String... format) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "org.baocao.cli.Main", "check", "--project", project.toString()));
        command.addAll(List.of(format));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("BAOCAO_LANG", language);
        builder.environment().put("LANG", language.equals("vi") ? "en_US.UTF-8" : "vi_VN.UTF-8");
        builder.environment().remove("LC_ALL");
        builder.environment().remove("LC_MESSAGES");
        Path out = Files.createTempFile("baocao-out", ".txt");
        Path err = Files.createTempFile("baocao-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("check did not finish in 60 s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
