package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.baocao.source.ToolLanguage;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A mistake on the command line is said in the tool's language, first line, then the help; exit status 2. */
class CommandLineMistakesTest {

    /** The first two lines written to the error stream, and the exit status. */
    private static List<String> run(ToolLanguage language, String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(language, args);
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int status = cli.execute(args);
        List<String> lines = err.toString().lines().limit(2).toList();
        return List.of(lines.get(0), lines.size() > 1 ? lines.get(1) : "", "exit " + status);
    }

    @Test
    void picocliMistakesAreSaidInVietnamese() {
        assertEquals(List.of("Không có tùy chọn '--foo'", "Cách dùng: baocao build [-hqV] [--drafts] [--no-pdf] [--strict] [--out=DIR]", "exit 2"),
                run(ToolLanguage.VI, "build", "--foo"));
        assertEquals("Tùy chọn '--out' cần một giá trị (DIR)", run(ToolLanguage.VI, "build", "--out").get(0));
        assertEquals("Chỉ được ghi tùy chọn '--no-pdf' một lần", run(ToolLanguage.VI, "build", "--no-pdf", "--no-pdf").get(0));
        assertEquals("Không dùng được đối số 'extra'", run(ToolLanguage.VI, "build", "extra").get(0));
        assertEquals("Giá trị 'xml' không dùng được cho --format: phải là một trong text, json", run(ToolLanguage.VI, "check", "--format", "xml").get(0));
        assertEquals("Giá trị '99x' không dùng được cho --port", run(ToolLanguage.VI, "serve", "--port", "99x").get(0));
        assertEquals(List.of("Không dùng được đối số 'biuld'", "Có phải ý bạn là: baocao build?", "exit 2"), run(ToolLanguage.VI, "biuld"));
        assertEquals(List.of("Không có tùy chọn '--formt', 'json'", "Có thể bạn muốn gõ: --format", "exit 2"),
                run(ToolLanguage.VI, "check", "--formt", "json"));
    }

    @Test
    void baocaosOwnMistakesAreSaidInEitherLanguage() {
        assertEquals(List.of("--port phải nằm trong khoảng từ 0 đến 65535", "Cách dùng: baocao serve [-hV] [--no-pdf] [--bind=ADDRESS] [--port=N]",
                "exit 2"), run(ToolLanguage.VI, "serve", "--port", "70000"));
        assertEquals("--port must be between 0 and 65535", run(ToolLanguage.EN, "serve", "--port", "70000").get(0));
        assertEquals("hãy nói cần tạo gì: baocao new report ID, hoặc baocao new site DIR", run(ToolLanguage.VI, "new").get(0));
        assertEquals("hãy ghi tên một lệnh, ví dụ baocao build", run(ToolLanguage.VI).get(0));
        assertEquals("name a command, e.g. baocao build", run(ToolLanguage.EN).get(0));
    }

    @Test
    void englishKeepsPicocliMessages() {
        assertEquals(List.of("Unknown option: '--foo'", "Usage: baocao build [-hqV] [--drafts] [--no-pdf] [--strict] [--out=DIR]", "exit 2"),
                run(ToolLanguage.EN, "build", "--foo"));
        assertEquals("Missing required parameter for option '--out' (DIR)", run(ToolLanguage.EN, "build", "--out").get(0));
        assertEquals(List.of("Unmatched argument at index 0: 'biuld'", "Did you mean: baocao build?", "exit 2"), run(ToolLanguage.EN, "biuld"));
        assertEquals("Did you mean: baocao new report?", run(ToolLanguage.EN, "new", "repot", "x").get(1));
    }

    @Test
    void everyMistakeHasItsVietnameseWords() {
        ResourceBundle english = ResourceBundle.getBundle("org.baocao.cli.Help", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ResourceBundle vietnamese = ResourceBundle.getBundle("org.baocao.cli.Help", ToolLanguage.VI.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        List<String> keys = english.keySet().stream().filter(key -> key.startsWith("mistake.")).toList();
        assertTrue(keys.size() >= 10, "the mistakes were found: " + keys);
        for (String key : keys) {
            assertTrue(!english.getString(key).equals(vietnamese.getString(key)), key + " has no Vietnamese");
        }
    }
}
