package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baocao.source.ProjectPaths;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links cannot carry a file from outside the project into output/: each link is reported at its own path,
 * and the line that uses it is reported too. The secret lives in a folder beside the project, as /etc/passwd would.
 */
class SymlinkEscapeTest {
    private static final String SECRET = "root:x:0:0:SECRET-LINE";

    @TempDir
    Path temp;
    Path project;
    Path secret;

    @BeforeEach
    void setUp() throws IOException {
        project = temp.resolve("project");
        Projects.assemble(null, project);
        Path outside = Files.createDirectories(temp.resolve("outside"));
        secret = Files.writeString(outside.resolve("passwd"), SECRET + "\n");
        Files.copy(project.resolve("content/reports/2020/media/sen.png"), outside.resolve("sen.png"));
    }

    private Path narrative() {
        return project.resolve("content/reports/2020/vi/01-tong-quan.md");
    }

    private void useImage(String src) throws IOException {
        Files.writeString(narrative(), Files.readString(narrative()).replace("(../media/sen.png)", "(" + src + ")"));
    }

    @Test
    void aLinkedImageIsRefusedAtTheLinkAndAtTheLineThatUsesIt() throws IOException {
        Files.createSymbolicLink(project.resolve("content/reports/2020/media/evil.png"), secret);
        useImage("../media/evil.png");
        assertRefused(List.of(
                "content/reports/2020/media/evil.png:1:1: error: this is a link to '" + secret + "', outside the project folder",
                "content/reports/2020/vi/01-tong-quan.md:14:18: error: image '../media/evil.png' is a link to a file outside the project folder"));
    }

    @Test
    void aLinkedMediaFolderIsRefused() throws IOException {
        Path media = project.resolve("content/reports/2020/media");
        Files.delete(media.resolve("sen.png"));
        Files.delete(media);
        Files.createSymbolicLink(media, secret.getParent());
        assertRefused(List.of(
                "content/reports/2020/en/01-tong-quan.md:14:18: error: image '../media/sen.png' is a link to a file outside the project folder",
                "content/reports/2020/media:1:1: error: this is a link to '" + secret.getParent() + "', outside the project folder",
                "content/reports/2020/vi/01-tong-quan.md:14:18: error: image '../media/sen.png' is a link to a file outside the project folder"));
    }

    @Test
    void aLinkedCoverIsRefusedAtItsLine() throws IOException {
        Files.createSymbolicLink(project.resolve("content/reports/2020/media/cover.png"), secret.getParent().resolve("sen.png"));
        Path report = project.resolve("content/reports/2020/report.yaml");
        Files.writeString(report, Files.readString(report) + "cover: media/cover.png\n");
        assertRefused(List.of(
                "content/reports/2020/media/cover.png:1:1: error: this is a link to '" + secret.getParent().resolve("sen.png") + "', outside the project folder",
                "content/reports/2020/report.yaml:6:8: error: cover 'media/cover.png' is a link to a file outside the project folder"));
    }

    @Test
    void aLinkedThemeAssetIsRefused() throws IOException {
        Files.createSymbolicLink(Files.createDirectories(project.resolve("templates/assets")).resolve("extra.css"), secret);
        assertRefused(List.of("templates/assets/extra.css:1:1: error: this is a link to '" + secret + "', outside the project folder"));
    }

    @Test
    void aLinkedTemplateIsRefusedWithoutAStackTrace() throws IOException {
        Path layout = Files.writeString(temp.resolve("outside/layout.ftlh"), "<#-- " + SECRET + " -->\n");
        Files.createSymbolicLink(Files.createDirectories(project.resolve("templates")).resolve("layout.ftlh"), layout);
        assertRefused(List.of("templates/layout.ftlh:1:1: error: this is a link to '" + layout + "', outside the project folder"));
    }

    @Test
    void aLinkedDataFileIsNotRead() throws IOException {
        Path data = project.resolve("content/reports/2020/data/members.yaml");
        Path moved = Files.move(data, temp.resolve("outside/members.yaml"));
        Files.writeString(moved, Files.readString(moved) + "secret: " + SECRET + "\n");
        Files.createSymbolicLink(data, moved);
        Projects.Run check = Projects.run("check", "--project", project.toString());
        assertEquals(1, check.exitCode());
        assertTrue(check.headlines().contains("content/reports/2020/data/members.yaml:1:1: error: this is a link to '" + moved
                + "', outside the project folder"), check.err());
        assertFalse(check.err().contains("SECRET"), check.err());
    }

    @Test
    void linksInsideTheProjectAreFine() throws IOException {
        Path media = project.resolve("content/reports/2020/media");
        Files.createSymbolicLink(media.resolve("same.png"), media.resolve("sen.png"));
        useImage("../media/same.png");
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(project.resolve("output/media/2020/same.png")));
        assertFalse(Files.isSymbolicLink(project.resolve("output/media/2020/same.png")), "the output holds the image, not a link");
    }

    @Test
    void copyingRefusesALinkOut() throws IOException {
        Path link = Files.createSymbolicLink(project.resolve("content/evil.txt"), secret);
        assertEquals(ProjectPaths.Where.OUTSIDE, ProjectPaths.locate(project, link));
        assertEquals(ProjectPaths.Where.MISSING, ProjectPaths.locate(project, project.resolve("content/none.png")));
        assertEquals(ProjectPaths.Where.INSIDE, ProjectPaths.locate(project, project.resolve("content/site.yaml")));
        assertThrows(IOException.class, () -> ProjectPaths.copy(project, link, temp.resolve("copy.txt")));
        assertFalse(Files.exists(temp.resolve("copy.txt")));
    }

    private void assertRefused(List<String> expected) throws IOException {
        Projects.previousOutput(project);
        Map<String, String> before = Projects.snapshot(project.resolve("output"));
        for (String command : List.of("check", "build")) {
            Projects.Run run = Projects.run(command, "--project", project.toString());
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertEquals(expected, run.headlines(), command + ": " + run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), command + " printed a stack trace:\n" + run.err());
            assertFalse(run.err().contains("SECRET"), command + " printed the outside file:\n" + run.err());
        }
        assertEquals(before, Projects.snapshot(project.resolve("output")));
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !Files.isSymbolicLink(f)).filter(f -> !f.startsWith(temp.resolve("outside"))).toList()) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SECRET), file + " holds the outside file");
            }
        }
    }
}
