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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar users run, started as they start it (after {@code package}, by failsafe): it builds the repository's
 * sample content from another folder, and its command line answers with the documented exit statuses.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/baocao.jar").toAbsolutePath();

    record Run(int exit, String out, String err) {}

    private static Run run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("baocao-out", ".txt");
        Path err = Files.createTempFile("baocao-err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        // A guard so a hung process cannot stall CI, not a speed target.
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("baocao " + String.join(" ", args) + " did not finish");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
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
    void buildsTheSampleFromACopyOfItsContent(@TempDir Path temp) throws Exception {
        assertTrue(Files.isRegularFile(JAR), "run after mvn package: " + JAR);
        Path project = temp.resolve("project");
        copy(Path.of("content"), project.resolve("content"));
        Path out = temp.resolve("site");

        Run run = run(temp, "build", "--project", project.toString(), "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("built "), run.out());
        for (String file : List.of("index.html", "vi/index.html", "en/index.html", "vi/2016-2020/index.html", "en/2016-2020/index.html",
                "vi/2016-2020/bao-cao-tong-ket-nhiem-ky-2016-2020.pdf", "en/2016-2020/report-on-the-2016-2020-term.pdf")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), "missing " + file + "\n" + run.out() + run.err());
        }
        byte[] pdf = Files.readAllBytes(out.resolve("vi/2016-2020/bao-cao-tong-ket-nhiem-ky-2016-2020.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(Files.notExists(project.resolve("output")), "wrote into the project instead of --out");
    }

    @Test
    void versionAndHelpExitZero(@TempDir Path temp) throws Exception {
        Run version = run(temp, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().strip().matches("baocao \\d+\\.\\d+\\.\\d+"), version.out());
        Run help = run(temp, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        Run buildHelp = run(temp, "build", "--help");
        assertEquals(0, buildHelp.exit(), buildHelp.err());
        assertTrue(buildHelp.out().contains("--no-pdf"), buildHelp.out());
    }

    @Test
    void aWrongCommandLineExitsTwo(@TempDir Path temp) throws Exception {
        Run unknownOption = run(temp, "build", "--colour");
        assertEquals(2, unknownOption.exit());
        assertTrue(unknownOption.err().contains("--colour"), unknownOption.err());
        assertEquals(2, run(temp, "publish").exit());
    }

    @Test
    void brokenContentExitsOneWithThePositionedMessage(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/site.yaml"), "organisation: {name: Sen Vàng}\nlanguages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]\n");
        Run run = run(project, "build");
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("content/site.yaml:1:1: error: unknown key 'organisation' in site.yaml"), run.err());
        assertTrue(run.err().contains("hint: did you mean 'organization'?"), run.err());
        assertTrue(Files.notExists(project.resolve("output")));
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    /** A process in {@code locale}, started as the user starts it, its output read as UTF-8. */
    private static Run runIn(String locale, Path workingDirectory, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().put("LC_ALL", locale);
        builder.environment().remove("LANG");
        Process process = builder.start();
        process.getOutputStream().close();
        var out = process.getInputStream().readAllBytes();
        var err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    /** The C locale (CI, containers) reads file names as ASCII: the launcher makes Java read them as UTF-8. */
    @Test
    void theLauncherReadsVietnameseFileNamesUnderTheCLocale(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("Báo cáo Tân Phú");
        copy(Path.of("src/test/resources/broken/_base"), project);
        Path media = project.resolve("content/reports/2020/media");
        Files.move(media.resolve("sen.png"), media.resolve("cánh-đồng-sen.png"));
        for (String language : List.of("vi", "en")) {
            Path section = project.resolve("content/reports/2020/" + language + "/01-tong-quan.md");
            Files.writeString(section, Files.readString(section).replace("../media/sen.png", "../media/cánh-đồng-sen.png"));
        }
        Run run = runIn("C", temp, List.of("sh", Path.of("bin/baocao").toAbsolutePath().toString(), "build", "--no-pdf", "--project", project.toString()));
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(project.resolve("output/media/2020/cánh-đồng-sen.png")), run.out());
    }

    /** Messages are UTF-8 whatever file.encoding says (Windows' Cp1252 printed "H?p t?c"). */
    @Test
    void messagesAreUtf8WhateverTheDefaultEncoding(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("project");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/site.yaml"), "organisation: {name: Hợp tác xã Sen Vàng}\nlanguages: [{code: vi, locale: vi-VN, name: Tiếng Việt}]\n");
        Run run = runIn("C.UTF-8", project, List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=Cp1252", "-jar", JAR.toString(), "check"));
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("organisation: {name: Hợp tác xã Sen Vàng}"), run.err());
    }
}
