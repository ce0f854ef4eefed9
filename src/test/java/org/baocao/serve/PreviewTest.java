package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.baocao.build.BuildOptions;
import org.baocao.build.Pipeline;
import org.baocao.content.Placeholders;
import org.baocao.scaffold.NewReport;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The preview server in-process, on a free port of the loopback address. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private Path project;
    private Preview preview;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        project = SenVangProject.write(folder);
        preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), true, new QuietListener());
        assertTrue(preview.awaitPdfs(Duration.ofMinutes(2)), "the background PDFs were not written");
    }

    @AfterAll
    void stop() {
        if (preview != null) preview.close();
    }

    @Test
    void servesEachKindOfFileWithItsContentType() throws Exception {
        assertType("vi/2020/tong-quan/", 200, "text/html; charset=utf-8");
        assertType("assets/print.css", 200, "text/css; charset=utf-8");
        assertType("media/2020/logo.svg", 200, "image/svg+xml");
        assertType("vi/2020/bao-cao-thuong-nien-2020.pdf", 200, "application/pdf");
        assertType("assets/fonts/LiberationSans-Regular.ttf", 200, "font/ttf");
        assertType("sitemap.xml", 200, "application/xml");
        assertType("no/such/page/", 404, "text/html; charset=utf-8");
        HttpResponse<byte[]> pdf = get("vi/2020/bao-cao-thuong-nien-2020.pdf");
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void redirectsAFolderToItsSlashAndNeverListsOne() throws Exception {
        HttpResponse<byte[]> folder = get("vi/2020");
        assertEquals(301, folder.statusCode());
        assertEquals("/vi/2020/", folder.headers().firstValue("Location").orElseThrow());
        HttpResponse<byte[]> assets = get("assets/");
        assertEquals(404, assets.statusCode());
        assertFalse(new String(assets.body(), StandardCharsets.UTF_8).contains("print.css"), "a folder was listed");
    }

    @Test
    void refusesPathsLeavingTheSiteFolderEncodedOrNot() throws Exception {
        Files.writeString(preview.siteFolder().getParent().resolve("secret.txt"), "TOP-SECRET");
        for (String path : List.of("/../secret.txt", "/vi/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                "/..%2fsecret.txt", "/vi/..%2f..%2fsecret.txt", "/%252e%252e/secret.txt", "/..%5csecret.txt",
                "/%2e%2e%2f%2e%2e%2fetc/passwd", "/vi/%00/../../secret.txt", "/.%2e/secret.txt")) {
            String response = rawRequest("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            String status = response.lines().findFirst().orElse("");
            assertTrue(status.matches("HTTP/1\\.1 40[03] .*"), path + " gave " + status);
            assertFalse(response.contains("TOP-SECRET"), path + " leaked a file outside the site");
            assertFalse(response.contains("root:"), path + " leaked /etc/passwd");
        }
    }

    @Test
    void answersHeadAndRefusesOtherMethods() throws Exception {
        HttpResponse<Void> head = http.send(HttpRequest.newBuilder(url("vi/2020/")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
        HttpResponse<Void> post = http.send(HttpRequest.newBuilder(url("vi/2020/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(405, post.statusCode());
    }

    @Test
    void addsTheReloadScriptWhileServingButNeverToABuild(@TempDir Path output) throws Exception {
        assertTrue(text(get("vi/2020/tong-quan/")).contains("<script src=\"/__baocao/reload.js\""));
        assertEquals(200, get("__baocao/reload.js").statusCode());
        Path built = output.resolve("site");
        assertTrue(new Pipeline().build(new BuildOptions(project, built, false, false), new Diagnostics()).succeeded());
        try (Stream<Path> files = Files.walk(built)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__baocao"), file + " holds the preview's script");
            }
        }
        try (Stream<Path> files = Files.list(project)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().equals("output")), "serve wrote into the project's output/");
        }
    }

    @Test
    void anEditSendsAReloadOfItsPageAndAnErrorShowsOverTheLastGoodPage() throws Exception {
        BlockingQueue<String> events = openEvents();
        awaitEvent(events, "ok", "{}");

        Path section = project.resolve(SenVangProject.VI_SECTION);
        String original = Files.readString(section);
        Files.writeString(section, original.replace("xã viên trồng sen", "xã viên trồng sen và nuôi cá"));
        String reload = awaitEvent(events, "reload", SenVangProject.VI_PAGE);
        assertFalse(reload.contains("en/2020/overview"), "a page the edit did not touch was reloaded: " + reload);
        assertTrue(text(get("vi/2020/tong-quan/")).contains("trồng sen và nuôi cá"));

        Files.writeString(section, original.replace("${members.count}", "${members.cout}"));
        String problems = awaitEvent(events, "problems", "error");
        assertTrue(problems.contains(SenVangProject.VI_SECTION + ":4:"), problems);
        assertTrue(problems.contains("'members.cout' does not exist") && problems.contains("did you mean members.count?"), problems);
        assertTrue(text(get("vi/2020/tong-quan/")).contains("trồng sen và nuôi cá"), "the last good page is no longer served");

        Files.writeString(section, original);
        awaitEvent(events, "ok", "{}");
        awaitEvent(events, "reload", SenVangProject.VI_PAGE);
        assertFalse(text(get("vi/2020/tong-quan/")).contains("nuôi cá"));
    }

    @Test
    void aTabOpenedWhileTheContentHasErrorsShowsThemAtOnce() throws Exception {
        Path dataSet = project.resolve("content/reports/2020/data/members.yaml");
        String original = Files.readString(dataSet);
        BlockingQueue<String> first = openEvents();
        awaitEvent(first, "ok", "{}");
        try {
            Files.writeString(dataSet, original.replace("type: column", "type: donut"));
            awaitEvent(first, "problems", "chart type 'donut' is not known");
            BlockingQueue<String> late = openEvents();
            assertTrue(awaitEvent(late, "problems", "members.yaml:4:").contains("hint: use one of: bar, column, line, pie"));
        } finally {
            Files.writeString(dataSet, original);
            awaitEvent(first, "ok", "{}");
        }
    }

    /** Lines of "event: X" and "data: Y" joined as "X Y", in order. */
    private BlockingQueue<String> openEvents() {
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        String[] name = {""};
        http.sendAsync(HttpRequest.newBuilder(url("__baocao/events")).build(), HttpResponse.BodyHandlers.ofLines())
                // Async: the response may already be there, and the stream never ends, so not on this thread.
                .thenAcceptAsync(response -> {
                    assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
                    response.body().forEach(line -> {
                        if (line.startsWith("event: ")) name[0] = line.substring(7);
                        if (line.startsWith("data: ")) events.add(name[0] + " " + line.substring(6));
                    });
                });
        return events;
    }

    private static String awaitEvent(BlockingQueue<String> events, String name, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(200, TimeUnit.MILLISECONDS);
            if (event != null && event.startsWith(name + " ") && event.contains(containing)) return event;
        }
        throw new AssertionError("no '" + name + "' event containing '" + containing + "' within " + WAIT);
    }

    private void assertType(String path, int status, String type) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(status, response.statusCode(), path);
        assertEquals(type, response.headers().firstValue("Content-Type").orElse(""), path);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private URI url(String path) {
        return preview.address().resolve(path);
    }

    /** Exactly the bytes given: HTTP clients tidy "/../" away before sending. */
    private String rawRequest(String request) throws IOException {
        URI address = preview.address();
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void stopsAndDeletesItsTemporarySite(@TempDir Path other) throws Exception {
        SenVangProject.write(other);
        Preview second = Preview.start(other, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, new QuietListener());
        URI address = second.address();
        Path site = second.siteFolder();
        assertNotNull(http.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.discarding()));
        second.close();
        assertFalse(Files.exists(site), "the temporary site was left behind");
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()));
    }

    @Test
    void servesADraftMarkedAndPrintsTheAddressFirstThenOnlyWhatChanged(@TempDir Path other) throws Exception {
        SenVangProject.write(other);
        assertEquals(5, NewReport.create(other, "2021", Optional.of("2020"), new Diagnostics()).size());
        StringWriter terminal = new StringWriter();
        PrintWriter both = new PrintWriter(terminal, true);
        try (Preview drafts = Preview.start(other, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new Terminal(other, null, both, both))) {
            String first = terminal.toString();
            assertTrue(first.startsWith("serving " + other + " at " + drafts.address() + "  (Ctrl-C to stop)\n"), first);
            List<String> firstWarnings = first.lines().filter(line -> line.contains(": warning: ")).toList();
            assertTrue(firstWarnings.stream().filter(line -> line.startsWith("content/reports/2021/")).count() >= 2, "the draft is checked: " + first);
            assertTrue(first.contains("0 errors, " + firstWarnings.size() + " warnings\nbuilt in "), first);

            String archive = text(http.send(HttpRequest.newBuilder(drafts.address().resolve("vi/")).build(), HttpResponse.BodyHandlers.ofByteArray()));
            assertTrue(archive.contains("Báo cáo thường niên 2021") && archive.contains("badge-draft\">Bản nháp</span>"), "serve shows the draft, marked");

            Path section = other.resolve("content/reports/2020/en/01-tong-quan.md");
            String original = Files.readString(section);
            Files.writeString(section, original + "\n" + Placeholders.MARKER + "\n");
            String added = awaitOutput(terminal, first.length(), "rebuilt in ");
            assertTrue(added.startsWith("content/reports/2020/en/01-tong-quan.md:7:1: warning: placeholder: write this section\n"), added);
            assertTrue(added.contains("    hint: replace the placeholder"), "a new warning is printed in full: " + added);
            assertTrue(added.contains("+ " + firstWarnings.size() + " warnings unchanged since the last build: baocao check lists them\n"), added);
            for (String unchanged : firstWarnings) assertFalse(added.contains(unchanged), "repeated: " + unchanged);

            int before = terminal.toString().length();
            Files.writeString(section, original.replace("${members.count}", "${members.cout}"));
            String failed = awaitOutput(terminal, before, "rebuild failed");
            assertTrue(failed.contains("content/reports/2020/en/01-tong-quan.md:5:") && failed.contains("error: 'members.cout' does not exist"), failed);
            assertTrue(failed.matches("(?s).*\\+ \\d+ warnings unchanged since the last build.*"), failed);
        }
    }

    /** What the terminal printed after {@code from} up to the line holding {@code until}. */
    private static String awaitOutput(StringWriter terminal, int from, String until) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String printed = terminal.toString().substring(from);
            int at = printed.indexOf(until);
            if (at >= 0 && printed.indexOf('\n', at) >= 0) return printed.substring(0, printed.indexOf('\n', at) + 1);
            Thread.sleep(50);
        }
        throw new AssertionError("the terminal never printed '" + until + "': " + terminal.toString().substring(from));
    }

    static class QuietListener implements Preview.Listener {
        @Override
        public void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {}

        @Override
        public void pdfWritten(String path, long millis) {}

        @Override
        public void pdfFailed(String path, Diagnostics diagnostics) {
            throw new AssertionError("PDF " + path + " failed: " + diagnostics.sorted().stream().map(Diagnostic::format).toList());
        }
    }
}
