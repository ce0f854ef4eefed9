package org.baocao.scaffold;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baocao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** baocao new site, then build: the new project builds at once with the default theme, pages and PDFs. */
class NewSiteIT {

    @Test
    void aNewProjectBuildsAtOnce(@TempDir Path folder) throws Exception {
        Path project = folder.resolve("bao-cao");
        assertEquals(0, run("new", "site", project.toString()));
        Set<String> made = topLevel(project);
        assertEquals(0, run("check", "--project", project.toString()), "a new project has no error");
        // Its organisation's name is a placeholder: a to-do that --strict refuses to publish.
        assertEquals(Main.CONTENT_ERRORS, run("check", "--strict", "--project", project.toString()));
        Path siteYaml = project.resolve("content/site.yaml");
        Files.writeString(siteYaml, Files.readString(siteYaml).replaceAll("\\s*# baocao:todo.*", ""));
        assertEquals(0, run("check", "--strict", "--project", project.toString()), "once named, nothing is left to fix");
        assertEquals(0, run("build", "--project", project.toString()));
        List<String> ignored = Files.readAllLines(project.resolve(".gitignore"));
        for (String name : topLevel(project)) {
            assertTrue(made.contains(name) || ignored.contains(name), name + " is written by a build but not listed in .gitignore");
        }

        Path output = project.resolve("output");
        String year = Files.list(project.resolve("content/reports")).findFirst().orElseThrow().getFileName().toString();
        for (String page : new String[] {"index.html", "vi/" + year + "/index.html", "vi/" + year + "/tong-quan/index.html",
                "en/" + year + "/overview/index.html"}) {
            assertTrue(Files.isRegularFile(output.resolve(page)), page);
        }
        String english = Files.readString(output.resolve("en/" + year + "/overview/index.html"));
        assertTrue(english.contains("1,250 members"), "the figure is printed the English way");
        assertTrue(english.contains("<svg"), "the chart is drawn");
        assertTrue(Files.readString(output.resolve("vi/" + year + "/tong-quan/index.html")).contains("1.250 thành viên"));
        for (String pdf : new String[] {"vi/" + year + "/bao-cao-thuong-nien-" + year + ".pdf", "en/" + year + "/annual-report-" + year + ".pdf"}) {
            Path file = output.resolve(pdf);
            assertTrue(Files.isRegularFile(file), pdf);
            assertEquals("%PDF", new String(Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII));
        }

        assertEquals(0, run("new", "report", String.valueOf(Integer.parseInt(year) + 1), "--from", year, "--project", project.toString()));
        assertEquals(0, run("build", "--no-pdf", "--project", project.toString()), "next year's report builds");
        assertEquals(Main.CONTENT_ERRORS, run("check", "--strict", "--project", project.toString()), "its placeholders are to-dos");
    }

    /** The names at the top of {@code folder}, a folder's with a slash, as .gitignore lists them. */
    private static Set<String> topLevel(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).collect(Collectors.toSet());
        }
    }

    @Test
    void refusesAFolderThatIsNotEmpty(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("notes.txt"), "giữ lại");
        assertEquals(Main.CONTENT_ERRORS, run("new", "site", folder.toString()));
        assertEquals("giữ lại", Files.readString(folder.resolve("notes.txt")));
    }

    private static int run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }
}
