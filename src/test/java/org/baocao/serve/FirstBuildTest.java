package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first build of a preview serves a page as soon as its own report is rendered, before the other reports: the
 * first page of a large project does not wait for the whole site. The builder is held after the first reports it
 * shows, while the test looks at what was answered meanwhile; nothing here depends on timing. The project has more
 * older reports than the first build renders at once on this machine, so the oldest is never among the first unless
 * asked for.
 */
class FirstBuildTest {
    /** A bound for a test that fails: a request that never waits, an answer that does not come while the builder is held. */
    private static final long HELD_MILLIS = 30_000;
    private static final int OLDEST = 2019 - Runtime.getRuntime().availableProcessors();
    private static final String OLDEST_PAGE = "en/" + OLDEST + "/year-" + OLDEST + "/index.html";

    private Path project;
    private LiveSite live;
    private final Events events = new Events();
    /** The reports of each step of the first build, in order. */
    private final List<List<String>> shown = new ArrayList<>();
    /** What the requests made before the first build got, by path, when the builder was held after its first step. */
    private final Map<String, byte[]> answeredMeanwhile = new ConcurrentHashMap<>();
    /** The requests to be answered before the builder goes on after its first step. */
    private final List<Thread> answeredFirst = new ArrayList<>();
    private boolean oldestImageThereMeanwhile;

    @BeforeEach
    void writeProject(@TempDir Path folder) throws Exception {
        project = SenVangProject.write(folder.resolve("project"));
        for (int year = OLDEST; year < 2020; year++) {
            SenVangProject.file(project, "content/reports/" + year + "/report.yaml", """
                    title: {vi: Báo cáo thường niên %1$d, en: Annual Report %1$d}
                    period: {start: %1$d-01-01, end: %1$d-12-31}
                    published: %2$d-03-31
                    """.formatted(year, year + 1));
            SenVangProject.file(project, "content/reports/" + year + "/vi/01-nam.md", """
                    ---
                    title: Năm %1$d
                    ---
                    Năm %1$d, hợp tác xã có ${reports["2020"].members.count} xã viên.

                    ![Hoa sen](../media/sen.svg)
                    """.formatted(year));
            SenVangProject.file(project, "content/reports/" + year + "/en/01-nam.md", """
                    ---
                    title: The year %1$d
                    slug: year-%1$d
                    ---
                    In %1$d the cooperative had ${reports["2020"].members.count} members.

                    ![A lotus](../media/sen.svg)
                    """.formatted(year));
            SenVangProject.file(project, "content/reports/" + year + "/media/sen.svg", """
                    <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#e07a9a"/></svg>
                    """);
        }
        live = new LiveSite(project, folder.resolve("work"), new Pipeline(), false, events, new LiveSite.Listener() {
            @Override
            public void reportsShown(List<String> reportIds, int reportsLeft, long millis) {
                if (shown.isEmpty()) holdUntilAnswered();
                shown.add(reportIds);
            }

            @Override
            public void pdfWritten(String path, long millis) {}

            @Override
            public void pdfFailed(String path, Diagnostics diagnostics) {}
        });
    }

    @AfterEach
    void close() {
        live.close();
        events.closeAll();
    }

    @Test
    void aPageAskedForIsServedOnceItsReportIsRenderedBeforeTheOtherReports() throws Exception {
        answeredFirst.addAll(List.of(ask(OLDEST_PAGE), ask("index.html"), ask("media/" + OLDEST + "/sen.svg")));
        LiveSite.Rebuild first = live.firstBuild();

        assertTrue(first.succeeded(), () -> first.diagnostics().sorted().toString());
        assertFalse(shown.isEmpty(), "no page was served before the whole build");
        assertTrue(shown.get(0).contains(String.valueOf(OLDEST)), "the report asked for is rendered first: " + shown);
        assertFalse(shown.get(0).contains("2020"), "the newest report, first otherwise, is rendered with the one asked for: " + shown);
        assertNotNull(answeredMeanwhile.get(OLDEST_PAGE), "the page was not served before the other reports were rendered");
        assertTrue(new String(answeredMeanwhile.get(OLDEST_PAGE), StandardCharsets.UTF_8).contains("the cooperative had 412 members"));
        assertArrayEquals(live.page(OLDEST_PAGE), answeredMeanwhile.get(OLDEST_PAGE), "the page served first is not the whole build's");
        assertArrayEquals(live.page("index.html"), answeredMeanwhile.get("index.html"), "the home page served first is not the whole build's");
        assertTrue(oldestImageThereMeanwhile, "the image of the page asked for was not written with it");
        assertEquals(2020 - OLDEST + 1, shown.stream().mapToInt(List::size).sum(), "every report is shown once: " + shown);
        assertTrue(first.changed().contains("vi/2020/tong-quan/index.html") && first.changed().contains(OLDEST_PAGE),
                "the first build counts every page it wrote: " + first.changed());
    }

    @Test
    void anErrorInAnotherReportIsShownOverThePagesServedMeanwhile() throws Exception {
        Path broken = project.resolve("content/reports/" + OLDEST + "/vi/01-nam.md");
        Files.writeString(broken, Files.readString(broken).replace("members.count", "members.cuont"));
        answeredFirst.add(ask(SenVangProject.VI_PAGE));
        ask("vi/" + OLDEST + "/nam-" + OLDEST + "/index.html");
        LiveSite.Rebuild first = live.firstBuild();

        assertFalse(first.succeeded());
        assertTrue(first.diagnostics().sorted().stream().anyMatch(d -> d.isError() && d.file().endsWith(OLDEST + "/vi/01-nam.md")),
                () -> first.diagnostics().sorted().toString());
        assertNotNull(answeredMeanwhile.get(SenVangProject.VI_PAGE), "the page of a report without errors waits for the whole build");
        assertNotNull(live.page(SenVangProject.VI_PAGE), "the page served meanwhile stays, under the errors");
        assertNull(live.page("vi/" + OLDEST + "/nam-" + OLDEST + "/index.html"), "a page of the report with errors");

        Files.writeString(broken, Files.readString(broken).replace("members.cuont", "members.count"));
        assertTrue(live.rebuild(List.of(broken)).orElseThrow().succeeded());
        assertTrue(new String(live.page("vi/" + OLDEST + "/nam-" + OLDEST + "/index.html"), StandardCharsets.UTF_8).contains("có 412 xã viên"));
    }

    @Test
    void theTerminalSaysWhenTheFirstPagesAreServedBeforeTheWholeBuild() throws Exception {
        StringWriter terminal = new StringWriter();
        PrintWriter both = new PrintWriter(terminal, true);
        try (Preview preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new Terminal(project, null, both, both))) {
            String printed = terminal.toString();
            int firstPages = printed.indexOf("first pages served after ");
            assertTrue(firstPages > 0 && printed.indexOf(" still being rendered, each served once it is\n", firstPages) > 0, printed);
            assertTrue(printed.indexOf("built in ") > firstPages, printed);
        }
    }

    /** Asks for a page as a tab does before the first build starts: it waits in the site until the page is written. */
    private Thread ask(String path) {
        Thread thread = new Thread(() -> {
            byte[] page = live.page(path);
            if (page != null) answeredMeanwhile.put(path, page);
        }, "asking " + path);
        thread.setDaemon(true);
        thread.start();
        // Waiting is the only thing a request does in the site: it is then known to be asked for.
        long deadline = System.currentTimeMillis() + HELD_MILLIS;
        while (thread.getState() != Thread.State.WAITING) {
            assertTrue(thread.isAlive(), "answered before the first build: " + path);
            assertTrue(System.currentTimeMillis() < deadline, "the request does not wait: " + path);
            Thread.onSpinWait();
        }
        return thread;
    }

    /** Called on the builder's thread after its first step. */
    private void holdUntilAnswered() {
        try {
            for (Thread thread : answeredFirst) thread.join(HELD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        oldestImageThereMeanwhile = Files.isRegularFile(live.siteFolder().resolve("media/" + OLDEST + "/sen.svg"));
    }
}
