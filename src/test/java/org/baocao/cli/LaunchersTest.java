package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * bin/baocao and bin\baocao.cmd, read as text: no Windows runs these tests, so the .cmd's logic is checked against
 * the shell launcher's (which ArchivesIT runs), and both against what cmd.exe and sh need.
 */
class LaunchersTest {
    private static final Path SHELL = Path.of("bin/baocao");
    private static final Path CMD = Path.of("bin/baocao.cmd");

    private static String cmd() throws IOException {
        return Files.readString(CMD, StandardCharsets.US_ASCII);
    }

    @Test
    void theCmdHasWindowsLineEndings() throws IOException {
        String text = cmd();
        // cmd.exe misreads labels and blocks in a file with bare LF line ends.
        assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line ends in CRLF");
    }

    @Test
    void bothSayTheSameWhenJavaIsMissing() throws IOException {
        String shell = Files.readString(SHELL, StandardCharsets.UTF_8);
        Matcher shellMessage = Pattern.compile("echo \"(baocao needs Java 17 or newer)\\$found(; install it from [^\"]+)\"").matcher(shell);
        Matcher cmdMessage = Pattern.compile("echo (baocao needs Java 17 or newer)!BAOCAO_FOUND!(; install it from [^\r\n]+?) 1>&2\r\n\\s*exit /b 1\r\n")
                .matcher(cmd());
        assertTrue(shellMessage.find(), "bin/baocao's message");
        assertTrue(cmdMessage.find(), "bin\\baocao.cmd's message, then exit 1");
        assertEquals(shellMessage.group(1) + shellMessage.group(2), cmdMessage.group(1) + cmdMessage.group(2));
    }

    @Test
    void theCmdTriesJavaHomeThenThePathAndAcceptsSeventeenOrNewer() throws IOException {
        String text = cmd();
        int javaHome = text.indexOf("call :try_java \"%JAVA_HOME%\\bin\\java.exe\"");
        int path = text.indexOf("%%~$PATH:j");
        assertTrue(javaHome > 0 && path > javaHome, "JAVA_HOME first, then the PATH");
        assertTrue(text.contains("if %BAOCAO_MAJOR% GEQ 17 ("), "17 or newer");
        assertTrue(text.contains("if \"%%m\"==\"1\" set \"BAOCAO_MAJOR=%%n\""), "1.8 is read as 8");
    }

    @Test
    void theCmdRunsTheJarWithTheShellLaunchersFlagsAndEveryArgument() throws IOException {
        String text = cmd();
        assertTrue(text.contains("\r\n\"%BAOCAO_JAVA%\" %BAOCAO_FLAGS% %BAOCAO_JAVA_OPTS% -jar \"%BAOCAO_JAR%\" %*\r\nexit /b %ERRORLEVEL%\r\n"),
                "runs java on the jar with %* and exits with java's status");
        String shell = Files.readString(SHELL, StandardCharsets.UTF_8);
        assertEquals(flags(shell, "  serve\\) flags=\"([^\"]*)\""), flags(text, "if /i \"%~1\"==\"serve\" set \"BAOCAO_FLAGS=([^\"]*)\""),
                "the preview's JVM flags, as in bin/baocao");
        assertEquals(flags(shell, "  \\*\\) flags=\"([^\"]*)\""), flags(text, "\r\nset \"BAOCAO_FLAGS=([^\"]*)\""),
                "the other commands' JVM flags, as in bin/baocao");
        assertTrue(text.contains("set \"BAOCAO_HOME=%~dp0..\""), "found from the script's own folder, whatever the current one");
    }

    private static String flags(String script, String regex) {
        Matcher flags = Pattern.compile(regex).matcher(script);
        assertTrue(flags.find(), regex);
        return flags.group(1);
    }

    @Test
    void theCmdsLabelsAndBlocksAreWellFormed() throws IOException {
        String text = cmd();
        Set<String> labels = new LinkedHashSet<>();
        Matcher label = Pattern.compile("(?m)^:(\\w+)\\s*$").matcher(text);
        while (label.find()) labels.add(label.group(1));
        Matcher call = Pattern.compile("call :(\\w+)").matcher(text);
        List<String> called = new ArrayList<>();
        while (call.find()) called.add(call.group(1));
        assertTrue(!called.isEmpty() && labels.containsAll(called), "every call has its label: " + called + " " + labels);
        // The subroutines come after the main part, which must end before falling into them.
        assertTrue(text.indexOf("exit /b %ERRORLEVEL%") < text.indexOf("\r\n:try_java"));

        int depth = 0;
        boolean quoted = false;
        for (String line : text.split("\r\n")) {
            if (line.trim().toLowerCase().startsWith("rem ")) continue;
            for (char c : line.toCharArray()) {
                if (c == '"') quoted = !quoted;
                if (!quoted && c == '(') depth++;
                if (!quoted && c == ')') depth--;
                assertTrue(depth >= 0, "a ) closes nothing: " + line);
            }
            assertTrue(!quoted, "a quote left open: " + line);
        }
        assertEquals(0, depth, "every ( is closed");
    }

    @Test
    void theShellLauncherIsPosixShell() throws Exception {
        // /bin/sh is dash on Debian: it refuses bash-only syntax that macOS's sh would accept.
        Process check = new ProcessBuilder("/bin/sh", "-n", SHELL.toString()).redirectErrorStream(true).start();
        assertTrue(check.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.isExecutable(SHELL));
    }

    @Test
    void theShellLauncherPassesBaocaoJavaOptsToJava(@org.junit.jupiter.api.io.TempDir Path home) throws Exception {
        // A stand-in java that says it is 17 and prints the arguments it was given, one per line.
        Path java = home.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = -version ]; then echo 'openjdk version "17.0.15" 2025-04-15' >&2; exit 0; fi
                printf '%s\\n' "$@"
                """);
        java.toFile().setExecutable(true);
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target"));
        Files.copy(SHELL, home.resolve("bin/baocao"));
        home.resolve("bin/baocao").toFile().setExecutable(true);
        Files.writeString(home.resolve("target/baocao.jar"), "");
        ProcessBuilder run = new ProcessBuilder("/bin/sh", home.resolve("bin/baocao").toString(), "build", "--quiet").redirectErrorStream(true);
        run.environment().put("JAVA_HOME", home.resolve("jdk").toString());
        run.environment().put("BAOCAO_JAVA_OPTS", "-Xmx4g -Dexample=1");
        Process launched = run.start();
        assertTrue(launched.waitFor(30, TimeUnit.SECONDS));
        String arguments = new String(launched.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(arguments.contains("-Xmx4g\n-Dexample=1\n-jar\n" + home.resolve("target/baocao.jar") + "\nbuild\n--quiet\n"), arguments);
    }
}
