package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's own theme template that is wrong, or that never ends, fails the build with its position and leaves
 * output/ as it was. (check does not render the theme, so these are not broken-project fixtures.)
 */
class ThemeFaultsTest {
    @TempDir
    Path project;

    @Test
    void aSyntaxErrorIsReportedAtFreeMarkersLineAndColumn() throws IOException {
        assertBuildFails("404.ftlh", "<#import \"layout.ftlh\" as layout>\n<@layout.page>\n  <p><#if true></p>\n</@layout.page>\n",
                "templates/404.ftlh:4:1: error: theme template syntax error: Encountered \"</@layout.page>\", but at this place only this can be closed: \"#if\".");
    }

    @Test
    void aMacroCallingItselfIsStopped() throws IOException {
        assertBuildFails("404.ftlh", "<p>\n<#macro loop><@loop/></#macro>\n<@loop/>\n",
                "templates/404.ftlh:2:1: error: a macro or function calls itself without end");
    }

    @Test
    void aHugePaddingIsStopped() throws IOException {
        assertBuildFails("404.ftlh", "<p>${\"\"?left_pad(1500000000)}</p>\n",
                "templates/404.ftlh:1:8: error: the template makes a text longer than 50 million characters");
    }

    @Test
    void aLoopWithoutEndIsStoppedInTheIncludedTemplate() throws IOException {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/slow.ftlh"), "<#list 1..2000000000 as i></#list>\n");
        assertBuildFails("404.ftlh", "<p>\n<#include \"slow.ftlh\">\n",
                "templates/404.ftlh:2:1: error: the template ran for more than 5 seconds of processor time and was stopped");
    }

    /** Stopped where it writes too much: the text inside the second loop, not the first loop of the template. */
    @Test
    void tooMuchTextIsStoppedAtTheElementWritingIt() throws IOException {
        assertBuildFails("404.ftlh", "<p>\n<#list 1..3 as i>${i}</#list>\n<#list 1..100000000 as i>xxxxxxxxxx</#list>\n",
                "templates/404.ftlh:3:26: error: the template makes a text longer than 50 million characters");
    }

    private void assertBuildFails(String template, String text, String headline) throws IOException {
        Projects.assemble(null, project);
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates").resolve(template), text);
        Projects.previousOutput(project);
        Map<String, String> before = Projects.snapshot(project.resolve("output"));
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(1, build.exitCode(), build.err());
        assertEquals(List.of(headline), build.headlines(), build.err());
        assertFalse(build.err().contains("Exception") || build.err().contains("\tat "), build.err());
        assertEquals(before, Projects.snapshot(project.resolve("output")));
    }
}
