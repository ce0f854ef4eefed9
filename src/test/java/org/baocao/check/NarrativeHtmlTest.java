package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML an author writes in a narrative is sanitised, unless site.yaml says unsafe_html: true; figures never are. */
class NarrativeHtmlTest {
    private static final String HOSTILE = """

            <script>alert('script')</script>

            <p onclick="alert('click')">Bấm vào đây</p>

            [liên kết](JaVaScRiPt:alert('link')) và <a href="jAvAsCrIpT:alert('a')">thẻ a</a>

            <span class="ghi-chu">Ghi chú giữ lại</span> <img src="../media/sen.png" alt="Sen" onerror="alert('img')">

            <iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video"></iframe>

            <iframe src="https://attacker.example/page" title="Khác"></iframe>

            <table class="so-lieu"><tr><td>Ô bảng</td></tr></table>

            <form action="https://attacker.example/"><input name="x"></form>
            """;

    private String build(Path project, boolean unsafe) throws IOException {
        Projects.assemble(null, project);
        if (unsafe) Files.writeString(project.resolve("content/site.yaml"), Files.readString(project.resolve("content/site.yaml")) + "unsafe_html: true\n");
        Path section = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        Files.writeString(section, Files.readString(section) + HOSTILE);
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        return Files.readString(project.resolve("output/vi/2020/tong-quan/index.html"));
    }

    @Test
    void scriptsEventsAndJavascriptAddressesAreRemovedFiguresAndFormattingKept(@TempDir Path project) throws IOException {
        String page = build(project, false);
        String body = page.substring(page.indexOf("<main"));
        assertFalse(body.contains("alert("), body);
        assertFalse(body.toLowerCase().contains("javascript:"), body);
        assertFalse(body.contains("onclick") || body.contains("onerror"), body);
        assertFalse(body.contains("<form") || body.contains("<input"), body);
        assertFalse(body.contains("attacker.example"), body);
        assertTrue(body.contains("<p>Bấm vào đây</p>"), body);
        assertTrue(body.contains("<span class=\"ghi-chu\">Ghi chú giữ lại</span>"), body);
        assertTrue(body.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"Video\"></iframe>"), body);
        assertTrue(body.contains("<table class=\"so-lieu\">"), body);
        assertTrue(body.contains("<img src=\"../../../media/2020/sen.png\" alt=\"Sen\""), body);
        assertTrue(body.contains("<svg"), "the chart is kept whole");
        assertTrue(body.contains("class=\"table-wrap\""), "the data table is kept whole");
    }

    @Test
    void unsafeHtmlLetsItThroughAsWritten(@TempDir Path project) throws IOException {
        String page = build(project, true);
        assertTrue(page.contains("<script>alert('script')</script>"));
        assertTrue(page.contains("onclick=\"alert('click')\""));
    }

    /** The sanitiser keeps what the Markdown stage makes of an attribute block, and no other style. */
    @Test
    void anAttributeBlocksWidthIsKeptAndNoOtherStyle(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path section = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        Files.writeString(section, Files.readString(section) + """

                ![Sen](../media/sen.png "Ao sen"){width=35% .right}

                <p style="position:fixed;top:0">Che cả trang</p>
                """);
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        String page = Files.readString(project.resolve("output/vi/2020/tong-quan/index.html"));
        String body = page.substring(page.indexOf("<main"));
        assertTrue(body.contains("style=\"width:35%\""), body);
        assertFalse(body.contains("position:fixed"), body);
    }
}
