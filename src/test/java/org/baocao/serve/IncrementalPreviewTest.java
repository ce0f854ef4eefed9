package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview renders again only what an edit touches: these edits must still reach every page that shows them, and
 * leave no page stale. Two reports, 2020 and 2019, the older one printing a figure of the newer.
 */
class IncrementalPreviewTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OLDER_SECTION = "content/reports/2019/vi/01-nam-truoc.md";

    private final HttpClient http = HttpClient.newHttpClient();
    private Path project;
    private Preview preview;
    private BlockingQueue<String> events;
    /** The files each rebuild changed, as the terminal counts them. */
    private final BlockingQueue<List<String>> rebuilds = new LinkedBlockingQueue<>();

    @BeforeEach
    void start(@TempDir Path folder) throws Exception {
        project = SenVangProject.write(folder);
        SenVangProject.file(project, "content/reports/2019/report.yaml", """
                title: {vi: Báo cáo thường niên 2019, en: Annual Report 2019}
                period: {start: 2019-01-01, end: 2019-12-31}
                published: 2020-03-31
                """);
        SenVangProject.file(project, OLDER_SECTION, """
                ---
                title: Năm trước
                ---
                Năm sau, hợp tác xã có ${reports["2020"].members.count} xã viên.
                """);
        SenVangProject.file(project, "content/reports/2019/en/01-nam-truoc.md", """
                ---
                title: The year before
                slug: year-before
                ---
                A year later the cooperative had ${reports["2020"].members.count} members.
                """);
        preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, new PreviewTest.QuietListener() {
            @Override
            public void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {
                rebuilds.add(changedFiles);
            }
        });
        events = openEvents();
        awaitEvent("ok", "{}");
    }

    @AfterEach
    void stop() {
        preview.close();
    }

    @Test
    void aDataSetEditReachesEveryPageThatPrintsItInEveryReport() throws Exception {
        assertTrue(page("vi/2019/nam-truoc/").contains("có 412 xã viên"));
        Path dataSet = project.resolve("content/reports/2020/data/members.yaml");
        Files.writeString(dataSet, Files.readString(dataSet).replace("count: 412", "count: 413"));
        awaitEvent("reload", "vi/2019/nam-truoc/index.html");
        assertTrue(page("vi/2020/tong-quan/").contains("có 413 xã viên"));
        assertTrue(page("en/2020/overview/").contains("has 413 lotus-growing members"));
        assertTrue(page("vi/2019/nam-truoc/").contains("có 413 xã viên"), "another report's page printing the figure is stale");
        assertTrue(page("en/2019/year-before/").contains("had 413 members"));
    }

    @Test
    void aNarrativeEditReloadsItsPagesOnly() throws Exception {
        Path section = project.resolve(SenVangProject.VI_SECTION);
        Files.writeString(section, Files.readString(section).replace("xã viên trồng sen", "xã viên trồng sen quanh năm"));
        String reload = awaitEvent("reload", SenVangProject.VI_PAGE);
        assertFalse(reload.contains("2019/"), "a page of another report was reloaded: " + reload);
        assertFalse(reload.contains("en/2020/overview/"), "a page of the other language was reloaded: " + reload);
        assertTrue(page("vi/2020/tong-quan/").contains("trồng sen quanh năm"));
    }

    /**
     * An edit writes its report's part of the search index again, and only that part: the other reports' parts, not
     * written again, are still served as they were, and the manifests do not change.
     */
    @Test
    void aNarrativeEditRewritesItsReportsSearchPartAndKeepsTheOthers() throws Exception {
        String manifest = page("search-index.vi.js");
        String edited = part(manifest, "2020");
        String other = part(manifest, "2019");
        String older = page(other);
        assertTrue(older.contains("\"u\":\"vi/2019/nam-truoc/index.html\""), older);
        rebuilds.clear();
        Path section = project.resolve(SenVangProject.VI_SECTION);
        Files.writeString(section, Files.readString(section).replace("xã viên trồng sen", "xã viên trồng sen quanh năm"));
        awaitEvent("reload", edited);
        assertTrue(page(edited).contains("trồng sen quanh năm"));
        assertEquals(older, page(other), "another report's part is kept");
        assertEquals(manifest, page("search-index.vi.js"));
        List<String> changed = rebuilds.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertTrue(changed != null && changed.stream().noneMatch(path -> path.startsWith("en/") || path.startsWith("vi/2019/")
                || path.startsWith("search-index")), String.valueOf(changed));
    }

    /** Where the manifest says a report's part is. */
    private static String part(String manifest, String report) {
        Matcher part = Pattern.compile("\\{\"id\":\"" + report + "\",\"t\":\"[^\"]*\",\"u\":\"([^\"]+)\"}").matcher(manifest);
        assertTrue(part.find(), manifest);
        return part.group(1);
    }

    /** The interface strings are kept between rebuilds until a file they come from changes. */
    @Test
    void theProjectsOwnInterfaceStringsReachThePagesAtEveryChange() throws Exception {
        Path strings = project.resolve("content/i18n/vi.yaml");
        SenVangProject.file(project, "content/i18n/vi.yaml", "skip_to_content: Đến phần chính\n");
        awaitEvent("reload", SenVangProject.VI_PAGE);
        assertTrue(page("vi/2020/tong-quan/").contains("Đến phần chính"));
        Files.writeString(strings, "skip_to_content: Xem nội dung\n");
        awaitEvent("reload", SenVangProject.VI_PAGE);
        assertTrue(page("vi/2020/tong-quan/").contains("Xem nội dung"), "the interface strings of the last load were kept");
        Path theme = project.resolve("templates/i18n/vi.yaml");
        Files.createDirectories(theme.getParent());
        Files.writeString(theme, "footnote_back: Quay lại\nskip_to_content: Của giao diện\n");
        Files.delete(strings);
        awaitEvent("reload", SenVangProject.VI_PAGE);
        assertTrue(page("vi/2020/tong-quan/").contains("Của giao diện"), "the theme's strings of the last load were kept");
    }

    /** The edited page is reloaded as soon as its report is rendered, before the checks and the rest of the site. */
    @Test
    void theEditedPageIsReloadedBeforeTheRestOfTheSite() throws Exception {
        Path section = project.resolve(SenVangProject.VI_SECTION);
        Files.writeString(section, Files.readString(section).replace("xã viên trồng sen", "xã viên trồng sen hồng"));
        assertEquals("reload [\"" + SenVangProject.VI_PAGE + "\"]", awaitEvent("reload", ""));
        assertEquals("reload [\"vi/2020/search-index.js\"]", awaitEvent("reload", ""), "the edited page was reloaded again");
        assertTrue(page("vi/2020/tong-quan/").contains("trồng sen hồng"));
        rebuilds.clear();
        Files.writeString(section, Files.readString(section).replace("trồng sen hồng", "trồng sen trắng"));
        assertEquals(List.of("vi/2020/search-index.js", SenVangProject.VI_PAGE), rebuilds.poll(WAIT.toSeconds(), TimeUnit.SECONDS),
                "the terminal does not count the page shown first");
    }

    /** A page shown before the checks found an error stays, under the error, and its fix is published whole. */
    @Test
    void aCheckFailingAfterThePageWasShownShowsItsErrorAndItsFixPublishes() throws Exception {
        Path section = project.resolve(SenVangProject.VI_SECTION);
        String original = Files.readString(section);
        Files.writeString(section, original.replace("xã viên trồng sen.", "xã viên trồng [sen](#khong-co)."));
        awaitEvent("reload", SenVangProject.VI_PAGE);
        assertTrue(awaitEvent("problems", "error").contains(SenVangProject.VI_SECTION), "the missing anchor is not reported");

        Files.writeString(section, original.replace("xã viên trồng sen.", "xã viên trồng sen quanh năm."));
        awaitEvent("ok", "{}");
        assertTrue(page("vi/2020/tong-quan/").contains("trồng sen quanh năm"));
        assertFalse(page("vi/2020/tong-quan/").contains("khong-co"));
    }

    @Test
    void aSectionRetitledIsLinkedFromItsTranslationAtItsNewAddress() throws Exception {
        assertTrue(page("en/2020/overview/").contains("vi/2020/tong-quan/index.html"));
        Path section = project.resolve(SenVangProject.VI_SECTION);
        Files.writeString(section, Files.readString(section).replace("title: Tổng quan", "title: Tổng quan chung"));
        awaitEvent("reload", "en/2020/overview/index.html");
        assertEquals(404, get("vi/2020/tong-quan/").statusCode());
        assertTrue(page("vi/2020/tong-quan-chung/").contains("xã viên trồng sen"));
        String translation = page("en/2020/overview/");
        assertTrue(translation.contains("vi/2020/tong-quan-chung/index.html") && !translation.contains("vi/2020/tong-quan/index.html"),
                "the English page links to the Vietnamese section's old address");
    }

    @Test
    void aSectionAddedIsServedAndLinkedAndADeletedOneIsGone() throws Exception {
        Path added = project.resolve("content/reports/2020/vi/02-ket-qua.md");
        Files.writeString(added, "---\ntitle: Kết quả\n---\nMùa sen bội thu.\n");
        awaitEvent("reload", "vi/2020/ket-qua/index.html");
        assertTrue(page("vi/2020/ket-qua/").contains("Mùa sen bội thu."));
        assertTrue(page("vi/2020/tong-quan/").contains("ket-qua/index.html"), "the previous section does not link to the new one");
        assertTrue(page("en/2020/").contains("Kết quả"), "the other language's contents do not list the section not translated yet");

        Files.delete(added);
        awaitEvent("reload", "vi/2020/ket-qua/index.html");
        assertEquals(404, get("vi/2020/ket-qua/").statusCode());
        assertFalse(page("vi/2020/tong-quan/").contains("ket-qua/index.html"), "the previous section links to a deleted one");
        assertFalse(page("vi/2020/").contains("Kết quả"), "the report's page lists a deleted section");
        assertFalse(page("en/2020/").contains("Kết quả"), "the other language's contents list a deleted section");
    }

    @Test
    void anErrorShowsOverTheLastGoodPagesAndItsFixPublishesWhatWasEditedMeanwhile() throws Exception {
        Path older = project.resolve(OLDER_SECTION);
        String original = Files.readString(older);
        Files.writeString(older, original.replace("members.count", "members.cout"));
        assertTrue(awaitEvent("problems", "error").contains(OLDER_SECTION + ":4:"));
        // Edited while the other report has an error: rendered, but nothing is published until the error is fixed.
        Path section = project.resolve(SenVangProject.VI_SECTION);
        Files.writeString(section, Files.readString(section).replace("xã viên trồng sen", "xã viên trồng sen hồng"));
        awaitEvent("problems", "error");
        assertFalse(page("vi/2020/tong-quan/").contains("trồng sen hồng"), "a page was published while the content has errors");
        assertTrue(page("vi/2019/nam-truoc/").contains("có 412 xã viên"), "the last good page is no longer served");

        Files.writeString(older, original);
        awaitEvent("ok", "{}");
        awaitEvent("reload", SenVangProject.VI_PAGE);
        assertTrue(page("vi/2020/tong-quan/").contains("trồng sen hồng"), "the edit made while there were errors is not served");
        assertTrue(page("vi/2019/nam-truoc/").contains("có 412 xã viên"));
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(preview.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Lines of "event: X" and "data: Y" joined as "X Y", in order. */
    private BlockingQueue<String> openEvents() {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        String[] name = {""};
        http.sendAsync(HttpRequest.newBuilder(preview.address().resolve("__baocao/events")).build(), HttpResponse.BodyHandlers.ofLines())
                // Async: the response may already be there, and the stream never ends, so not on this thread.
                .thenAcceptAsync(response -> response.body().forEach(line -> {
                    if (line.startsWith("event: ")) name[0] = line.substring(7);
                    if (line.startsWith("data: ")) received.add(name[0] + " " + line.substring(6));
                }));
        return received;
    }

    private String awaitEvent(String name, String containing) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String event = events.poll(200, TimeUnit.MILLISECONDS);
            if (event != null && event.startsWith(name + " ") && event.contains(containing)) return event;
        }
        throw new AssertionError("no '" + name + "' event containing '" + containing + "' within " + WAIT);
    }
}
