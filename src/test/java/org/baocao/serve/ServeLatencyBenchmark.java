package org.baocao.serve;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.LogManager;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long a saved edit takes to show in the open tab of {@code baocao serve}: from writing the file to the reloaded
 * page's DOMContentLoaded in headless Chromium. On a copy of the sample report (PDFs on, as a user runs it), or with
 * "large" on {@link LargeProject}'s 1,000 section pages (PDFs off: twenty 50-chapter PDFs would hold the machine for
 * minutes). Between edits it waits for the background PDFs, as a person's pause between two saves does. Prints how
 * long the first pages took to be served (asked for as soon as the address is printed, during the first build) and
 * the first build, every edit and the median; the targets are 100 ms (sample) and 300 ms (1,000 pages). Not a test:
 * timings belong to no assertion.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.baocao.serve.ServeLatencyBenchmark [EDITS] [large]
 * </pre>
 */
public final class ServeLatencyBenchmark {
    private record Edit(String section, String page, String sentence) {}

    private static final Edit SAMPLE = new Edit("content/reports/2016-2020/vi/06-tuyen-truyen.md",
            "vi/2016-2020/tuyen-truyen-chu-truong-chinh-sach/", "Tuyên truyền chủ trương của Đảng");
    private static final Edit LARGE = new Edit("content/reports/2014/vi/01-chuong-1.md", "vi/2014/vung-sen-so-1/",
            "Chương này trình bày vùng sen số");

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        XRLog.setLoggingEnabled(false);
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        boolean large = args.length > 1 && args[1].equals("large");
        Edit edit = large ? LARGE : SAMPLE;
        Path project = Files.createTempDirectory("baocao-bench-");
        if (large) {
            LargeProject.write(project);
        } else {
            copy(Path.of("content"), project.resolve("content"));
        }
        List<Long> rebuilds = Collections.synchronizedList(new ArrayList<>());
        List<Long> rebuiltAt = Collections.synchronizedList(new ArrayList<>());
        Preview.Listener listener = new PreviewTest.QuietListener() {
            @Override
            public void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {
                rebuilds.add(millis);
                rebuiltAt.add(System.currentTimeMillis());
            }
        };
        List<Long> latencies = new ArrayList<>();
        long starting = System.currentTimeMillis();
        List<CompletableFuture<String>> firstPages = new ArrayList<>();
        Preview.Listener asksAtOnce = new Preview.Listener() {
            /** As a person does when the address is printed: the home page, and the edited page (of the oldest report). */
            @Override
            public void serving(URI address) {
                for (String page : List.of("", edit.page())) {
                    firstPages.add(HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(address.resolve(page)).build(),
                            HttpResponse.BodyHandlers.discarding()).thenApply(response -> String.format("/%s (%d) served %d ms after the start, process CPU %.1f s",
                            page, response.statusCode(), System.currentTimeMillis() - starting, cpuSeconds())));
                }
            }

            @Override
            public void firstPagesServed(long millis, int reportsLeft) {
                System.out.printf("first pages served %d ms into the first build, %d reports left%n", millis, reportsLeft);
            }

            @Override
            public void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {
                listener.rebuilt(succeeded, diagnostics, changedFiles, millis);
            }

            @Override
            public void pdfWritten(String path, long millis) {}

            @Override
            public void pdfFailed(String path, Diagnostics diagnostics) {}
        };
        try (Preview preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), !large, asksAtOnce)) {
            System.out.printf("first build done %d ms after the start, process CPU %.1f s%n", System.currentTimeMillis() - starting, cpuSeconds());
            for (CompletableFuture<String> first : firstPages) System.out.println("first page " + first.get());
            preview.awaitPdfs(Duration.ofMinutes(2));
            List<Long> reloads = listen(preview, edit.page());
            ChromeDriver browser = Chromium.start();
            try {
                browser.get(preview.address().resolve(edit.page()).toString());
                while (preview.openTabs() < 1) Thread.sleep(10);
                Path section = project.resolve(edit.section());
                String original = Files.readString(section);
                int warmUp = 3;
                for (int i = 0; i < warmUp + edits; i++) {
                    String marker = "đo-" + i;
                    rebuilds.clear();
                    rebuiltAt.clear();
                    watchInPlace(browser, marker);
                    long saved = System.currentTimeMillis();
                    Files.writeString(section, original.replace(edit.sentence(), edit.sentence() + " " + marker));
                    long[] shownAndStarted = awaitShown(browser, marker);
                    long shown = shownAndStarted[0];
                    // The page is shown before the rebuild ends (the checks and the rest of the site come after it).
                    while (rebuiltAt.isEmpty()) Thread.sleep(5);
                    if (i >= warmUp) {
                        latencies.add(shown - saved);
                        long began = rebuiltAt.get(0) - rebuilds.get(0);
                        long pageSent = reloads.stream().filter(at -> at >= saved).findFirst().orElse(shown);
                        System.out.printf("edit %2d: shown after %4d ms (quiet %3d, rebuild to the page's event %3d, %s; whole rebuild %3d)%n",
                                i - warmUp + 1, shown - saved, began - saved, pageSent - began,
                                shownAndStarted[1] == 0 ? "updated in place " + (shown - pageSent)
                                        : "to the reload " + (shownAndStarted[1] - pageSent) + ", reload " + (shown - shownAndStarted[1]),
                                rebuilds.get(0));
                    }
                    reloads.clear();
                    preview.awaitPdfs(Duration.ofMinutes(2));
                    Thread.sleep(200);
                }
            } finally {
                browser.quit();
            }
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Collections.sort(latencies);
        System.out.printf("median %d ms, min %d ms, max %d ms over %d edits (target: %d ms)%n",
                latencies.get(latencies.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1), latencies.size(), large ? 300 : 100);
    }

    /** The CPU time of this process so far: on a shared machine, steadier than the wall clock. */
    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    /** When the preview sent each reload event naming {@code page}, as an open tab receives them. */
    private static List<Long> listen(Preview preview, String page) {
        List<Long> received = Collections.synchronizedList(new ArrayList<>());
        String[] event = {""};
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(preview.address().resolve("__baocao/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(response -> response.body().forEach(line -> {
                    if (line.startsWith("event: ")) event[0] = line.substring(7);
                    if (line.startsWith("data: ") && event[0].equals("reload") && line.contains(page)) received.add(System.currentTimeMillis());
                }));
        return received;
    }

    /**
     * For a tab updated in place (only its page changed): the time of the first animation frame in which the page's
     * text holds {@code marker}, recorded in the page itself. A reload replaces the document, and this with it.
     */
    private static void watchInPlace(ChromeDriver browser, String marker) {
        browser.executeScript("""
                var marker = arguments[0];
                window.baocaoShownAt = 0;
                new MutationObserver(function (records, observer) {
                  if (!document.body.textContent.includes(marker)) return;
                  observer.disconnect();
                  requestAnimationFrame(function () { window.baocaoShownAt = Math.round(performance.timeOrigin + performance.now()); });
                }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
                """, marker);
    }

    /**
     * The wall-clock time at which the page showing {@code marker} was ready, and when its reload began: for a
     * reloaded tab, the new document's DOMContentLoaded and its time origin; for one updated in place, the first
     * animation frame showing it (see {@link #watchInPlace}) and 0.
     */
    private static long[] awaitShown(ChromeDriver browser, String marker) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Object ready = browser.executeScript("""
                    if (window.baocaoShownAt) return [window.baocaoShownAt, 0];
                    if (window.baocaoShownAt === 0 || !document.body || !document.body.textContent.includes(arguments[0])) return 0;
                    var loaded = performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
                    return loaded ? [Math.round(performance.timeOrigin + loaded), Math.round(performance.timeOrigin)] : 0;
                    """, marker);
            if (ready instanceof List<?> times) return new long[] {((Number) times.get(0)).longValue(), ((Number) times.get(1)).longValue()};
            Thread.sleep(5);
        }
        throw new IllegalStateException("the edit did not reach the page within 30 s");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target);
            }
        }
    }
}
