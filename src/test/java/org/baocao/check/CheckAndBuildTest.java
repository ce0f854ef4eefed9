package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;
import org.junit.jupiter.api.io.TempDir;

class CheckAndBuildTest {

    @Test
    void jsonFormatForEditorsAndCi(@TempDir Path project) throws IOException {
        Projects.assemble("unresolved-reference", project);
        Projects.Run run = Projects.run("check", "--format", "json", "--project", project.toString());
        assertEquals(1, run.exitCode());
        assertEquals("", run.err());
        assertEquals("""
                {"diagnostics": [
                  {"file": "content/reports/2020/vi/01-tong-quan.md", "line": 4, "column": 26, "severity": "error", \
                "code": "BC3019", "message": "'members.totl' does not exist in the data sets", \
                "source": "Hợp tác xã Sen Vàng có ${members.totl} thành viên.", "hint": "did you mean members.total?"}
                ], "errors": 1, "warnings": 0}
                """, run.out());
    }

    /** The new diagnostics (a file not UTF-8, values still to fill in) keep the JSON valid and carry every field. */
    @Test
    void jsonCarriesThePositionSourceAndHintOfEncodingErrorsAndToDos(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        assertEquals(0, Projects.run("new", "report", "2021", "--from", "2020", "--project", project.toString()).exitCode());
        Files.copy(Projects.brokenFolder().resolve("encoding-vni/content/reports/2020/vi/02-hoat-dong.md"),
                project.resolve("content/reports/2021/vi/02-hoat-dong.md"), StandardCopyOption.REPLACE_EXISTING);
        Projects.Run run = Projects.run("check", "--format", "json", "--project", project.toString());
        assertEquals(1, run.exitCode());

        Map<String, Object> json = new Json().toType(run.out(), Json.MAP_TYPE);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> diagnostics = (List<Map<String, Object>>) json.get("diagnostics");
        for (Map<String, Object> d : diagnostics) {
            assertEquals(Set.of("file", "line", "column", "severity", "code", "message", "source", "hint"), d.keySet());
            assertTrue(((Number) d.get("line")).intValue() >= 1 && ((Number) d.get("column")).intValue() >= 1, d.toString());
        }
        assertEquals(1L, json.get("errors"));
        assertEquals(diagnostics.size() - 1L, json.get("warnings"));
        assertTrue(diagnostics.contains(Map.of("file", "content/reports/2021/vi/02-hoat-dong.md", "line", 6L, "column", 2L,
                "severity", "error", "code", "BC2062", "message", "the file is not UTF-8; it looks like VNI",
                "source", "Hợp tác xã có nhiều thành viên mới.",
                "hint", "the line is shown read as VNI; reopen the file as VNI (or convert it with UniKey) and save it again as UTF-8")), run.out());
        assertTrue(diagnostics.contains(Map.of("file", "content/reports/2021/data/members.yaml", "line", 1L, "column", 8L,
                "severity", "warning", "code", "BC4002", "message", "members.total has no value yet", "source", "total: null",
                "hint", "fill it in before publishing; the pages show it empty meanwhile")), run.out());
        assertEquals(List.of("members.total has no value yet", "chart members.growth: series 'Thành viên' has no values yet",
                "table members.by_year: column 'Số thành viên' has no values yet"),
                diagnostics.stream().map(d -> (String) d.get("message")).filter(m -> m.contains("no value")).toList());
    }

    @Test
    void anOversizedDataFileIsRefusedWithAClearMessage(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        String line = "k: \"" + "x".repeat(1000) + "\"\n";
        Files.writeString(project.resolve("content/reports/2020/data/huge.yaml"), line.repeat(3300), StandardCharsets.UTF_8);
        Projects.Run run = Projects.run("check", "--project", project.toString());
        assertEquals(1, run.exitCode());
        assertEquals(List.of("content/reports/2020/data/huge.yaml:1:1: error: file is too large for YAML (more than 3 MB of text)"), run.headlines());
    }

    @Test
    void aSuccessfulBuildReplacesOutputAndTouchesNothingElse(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Projects.previousOutput(project);
        Map<String, String> before = Projects.snapshot(project);
        Projects.Run run = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(project.resolve("output/vi/2019/old.html")), "a file of an earlier build is left");
        assertTrue(Files.isRegularFile(project.resolve("output/vi/2020/index.html")));
        Map<String, String> after = Projects.snapshot(project);
        // Only the output folder's lock file, beside it (see Publisher), which holds the last build's process id.
        assertTrue(after.containsKey(".output.lock"), "the lock file beside output/");
        after.remove(".output.lock");
        assertEquals(outsideOutput(before), outsideOutput(after), "the build wrote outside output/ and its image cache");
        assertTrue(after.keySet().stream().anyMatch(path -> path.startsWith(".baocao/cache/images/") && path.endsWith(".png")),
                "the processed image is kept in the cache");
    }

    @Test
    void textFromYamlIsEscaped(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path data = project.resolve("content/reports/2020/data/notes.yaml");
        Files.writeString(data, "motto: \"<script>alert('sen')</script> & <b>bold</b>\"\n", StandardCharsets.UTF_8);
        Path narrative = project.resolve("content/reports/2020/vi/02-hoat-dong.md");
        Files.writeString(narrative, Files.readString(narrative) + "\nKhẩu hiệu: ${notes.motto}\n");
        Projects.Run run = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, run.exitCode(), run.err());
        String page = Files.readString(project.resolve("output/vi/2020/hoat-dong/index.html"));
        assertTrue(page.contains("&lt;script&gt;alert('sen')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"), page);
        assertFalse(page.contains("<script>alert"));
    }

    private static Map<String, String> outsideOutput(Map<String, String> files) {
        return files.entrySet().stream().filter(e -> !e.getKey().startsWith("output/") && !e.getKey().startsWith(".baocao/"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Theme CSS and raw HTML in a narrative point to a local web server: neither the site writer nor the PDF
     * renderer may request anything from it.
     */
    @Test
    void theBuildMakesNoNetworkRequest(@TempDir Path project) throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Projects.assemble(null, project);
            String css = new String(Projects.class.getResourceAsStream("/theme/assets/print.css").readAllBytes(), StandardCharsets.UTF_8);
            Path printCss = project.resolve("templates/assets/print.css");
            Files.createDirectories(printCss.getParent());
            Files.writeString(printCss, "@import url(\"" + base + "/import.css\");\n" + css
                    + "\nbody { background-image: url(\"" + base + "/background.png\"); }\n"
                    + "@font-face { font-family: Remote; src: url(\"" + base + "/font.ttf\"); }\n"
                    + "h1 { font-family: Remote, serif; }\n");
            Path narrative = project.resolve("content/reports/2020/vi/02-hoat-dong.md");
            Files.writeString(narrative, Files.readString(narrative)
                    + "\n<div style=\"background-image: url('" + base + "/inline.png')\">Sen</div>\n"
                    + "\n<object data=\"" + base + "/object.svg\" type=\"image/svg+xml\">Sen</object>\n");
            Projects.Run run = Projects.run("build", "--project", project.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertTrue(Files.list(project.resolve("output/vi/2020")).anyMatch(p -> p.toString().endsWith(".pdf")), "the PDF was made");
            assertEquals(List.of(), requests);
        } finally {
            server.stop(0);
        }
    }
}
