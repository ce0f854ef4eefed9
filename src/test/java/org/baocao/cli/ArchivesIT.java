package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.baocao.bench.SideBySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archives users download (README.md, Install), unpacked as they unpack them and run on a PATH with no Java:
 * the Linux archive builds the sample with its own runtime; the portable archive's launcher says in one line that
 * Java is missing, or too old, and where to get it.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class ArchivesIT {
    private static final String NO_JAVA = "baocao needs Java 17 or newer; install it from https://adoptium.net or your package manager";

    record Run(int exit, String out, String err) {}

    private static Run run(Path directory, Map<String, String> environment, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        // The messages this test expects are the English ones, whatever the machine's language.
        builder.environment().put("BAOCAO_LANG", "en");
        Path out = Files.createTempFile("baocao-out", ".txt");
        Path err = Files.createTempFile("baocao-err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A guard so a hung process cannot stall CI, not a speed target.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** The one archive whose name ends so in target/. */
    private static Path archive(String ending) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> found = files.filter(f -> f.getFileName().toString().matches("baocao-\\d+\\.\\d+\\.\\d+" + ending)).toList();
            assertEquals(1, found.size(), "run after mvn package: target/baocao-<version>" + ending + " " + found);
            return found.get(0).toAbsolutePath();
        }
    }

    /** The folder the archive unpacks into: baocao-<version>/. */
    private static Path unpacked(Path into) throws IOException {
        try (Stream<Path> folders = Files.list(into)) {
            return folders.filter(f -> f.getFileName().toString().startsWith("baocao-")).findFirst().orElseThrow();
        }
    }

    /**
     * A PATH of one folder holding only the commands the launcher uses besides the shell's own, and no java:
     * what a machine without any JDK looks like to the launcher.
     */
    private static String pathWithoutJava(Path tools) throws IOException {
        Files.createDirectories(tools);
        for (String tool : List.of("dirname", "readlink", "sed", "mv", "rm", "uname")) {
            Path real = Stream.of("/usr/bin", "/bin").map(folder -> Path.of(folder, tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(tools.resolve(tool), real);
        }
        try (Stream<Path> listed = Files.list(tools)) {
            assertTrue(listed.noneMatch(tool -> tool.getFileName().toString().equals("java")));
        }
        return tools.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    @Test
    void theLinuxArchiveBuildsTheSampleWithNoJavaInstalled(@TempDir Path temp) throws Exception {
        Run tar = run(temp, Map.of("PATH", "/usr/bin:/bin"), List.of("tar", "-xzf", archive("-linux-x64.tar.gz").toString()));
        assertEquals(0, tar.exit(), tar.err());
        Path baocao = unpacked(temp);
        for (String file : List.of("bin/baocao", "bin/baocao.cmd", "lib/baocao.jar", "lib/baocao.classlist", "runtime/bin/java",
                "completion/baocao.bash", "man/baocao.adoc")) {
            assertTrue(Files.isRegularFile(baocao.resolve(file)), file);
        }
        Path project = temp.resolve("project");
        copy(Path.of("content"), project.resolve("content"));
        Map<String, String> noJava = Map.of("PATH", pathWithoutJava(temp.resolve("tools")), "HOME", temp.toString());

        Run build = run(project, noJava, List.of(baocao.resolve("bin/baocao").toString(), "build", "--out", "site"));

        assertEquals(0, build.exit(), build.out() + build.err());
        assertTrue(build.out().startsWith("built "), build.out());
        Path site = project.resolve("site");
        assertTrue(Files.isRegularFile(site.resolve("vi/2016-2020/bao-cao-tong-ket-nhiem-ky-2016-2020.pdf")));
        assertTrue(Files.isRegularFile(site.resolve("en/2016-2020/report-on-the-2016-2020-term.pdf")));
        // The trimmed runtime kept the locale data: each language groups digits its own way.
        assertTrue(Files.readString(site.resolve("vi/2016-2020/tong-quan-nhiem-ky/index.html")).contains("152.730"));
        assertTrue(Files.readString(site.resolve("en/2016-2020/overview-of-the-term/index.html")).contains("152,730"));

        // The first run made the class-data archive for this folder; -Xshare:on refuses to start without it.
        assertTrue(Files.isRegularFile(baocao.resolve("lib/baocao.jsa")), "no class-data archive was made");
        Map<String, String> sharingRequired = new java.util.HashMap<>(noJava);
        sharingRequired.put("JAVA_TOOL_OPTIONS", "-Xshare:on");
        Run version = run(project, sharingRequired, List.of(baocao.resolve("bin/baocao").toString(), "--version"));
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().startsWith("baocao "), version.out());
    }

    @Test
    void thePortableLauncherSaysInOneLineThatJavaIsMissing(@TempDir Path temp) throws Exception {
        Run unzip = run(temp, Map.of("PATH", "/usr/bin:/bin"), List.of("unzip", "-q", archive(".zip").toString()));
        assertEquals(0, unzip.exit(), unzip.err());
        Path launcher = unpacked(temp).resolve("bin/baocao");
        assertTrue(Files.isExecutable(launcher), "the zip keeps the launcher executable");
        Map<String, String> noJava = Map.of("PATH", pathWithoutJava(temp.resolve("tools")), "HOME", temp.toString());

        Run missing = run(temp, noJava, List.of(launcher.toString(), "build"));

        assertEquals(1, missing.exit());
        assertEquals(NO_JAVA + "\n", missing.err());
        assertEquals("", missing.out());
    }

    @Test
    void thePortableLauncherTakesJavaHomeFirstAndTellsWhichJavaIsTooOld(@TempDir Path temp) throws Exception {
        Run unzip = run(temp, Map.of("PATH", "/usr/bin:/bin"), List.of("unzip", "-q", archive(".zip").toString()));
        assertEquals(0, unzip.exit(), unzip.err());
        Path launcher = unpacked(temp).resolve("bin/baocao");
        Path old = fakeJava(temp.resolve("jdk8"), "java version \"1.8.0_392\"");
        Path recent = fakeJava(temp.resolve("jdk21"), "openjdk version \"21.0.5\" 2024-10-15");
        String tools = pathWithoutJava(temp.resolve("tools"));

        Run tooOld = run(temp, Map.of("PATH", old.getParent() + ":" + tools, "HOME", temp.toString()), List.of(launcher.toString(), "build"));
        assertEquals(1, tooOld.exit());
        assertEquals("baocao needs Java 17 or newer (found Java 8: " + old + "); install it from https://adoptium.net or your package manager\n",
                tooOld.err());

        Run fromJavaHome = run(temp, Map.of("PATH", old.getParent() + ":" + tools, "JAVA_HOME", recent.getParent().getParent().toString(),
                "HOME", temp.toString()), List.of(launcher.toString(), "build", "--out", "a folder"));
        assertEquals(0, fromJavaHome.exit(), fromJavaHome.err());
        List<String> arguments = fromJavaHome.out().lines().toList();
        List<String> expected = new ArrayList<>(SideBySide.launcherFlags());
        expected.addAll(List.of("-jar", unpacked(temp).resolve("lib/baocao.jar").toString(), "build", "--out", "a folder"));
        assertEquals(expected, arguments, "JAVA_HOME's java runs the jar with the arguments as given");
        assertFalse(fromJavaHome.err().contains("needs Java"));
    }

    /** A java command that prints {@code version} as java -version does, and otherwise its arguments, one a line. */
    private static Path fakeJava(Path home, String version) throws IOException {
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = -version ]; then echo '%s' >&2; exit 0; fi
                for argument in "$@"; do printf '%%s\\n' "$argument"; done
                """.formatted(version));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }
}
