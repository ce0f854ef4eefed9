package org.baocao.serve;

import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.logging.LogManager;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long a saved edit takes to show in the open tab of {@code baocao serve}: from writing the file to the reloaded
 * page's DOMContentLoaded in headless Chromium, on a copy of the sample report (PDFs on, as a user runs it). Between
 * edits it waits for the background PDFs, as a person's pause between two saves does. Prints every edit and the
 * median; the target is 300 ms. Not a test: timings belong to no assertion.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.baocao.serve.ServeLatencyBenchmark [EDITS]
 * </pre>
 */
public final class ServeLatencyBenchmark {
    private static final String SECTION = "content/reports/2016-2020/vi/06-tuyen-truyen.md";
    private static final String PAGE = "vi/2016-2020/tuyen-truyen-chu-truong-chinh-sach/";
    private static final String SENTENCE = "Tuyên truyền chủ trương của Đảng";

    public static void main(String[] args) throws Exception {
        LogManager.getLogManager().reset();
        XRLog.setLoggingEnabled(false);
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path project = Files.createTempDirectory("baocao-bench-");
        copy(Path.of("content"), project.resolve("content"));
        List<Long> rebuilds = Collections.synchronizedList(new ArrayList<>());
        Preview.Listener listener = new PreviewTest.QuietListener() {
            @Override
            public void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {
                rebuilds.add(millis);
            }
        };
        List<Long> latencies = new ArrayList<>();
        try (Preview preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), true, listener)) {
            preview.awaitPdfs(Duration.ofMinutes(2));
            ChromeDriver browser = Chromium.start();
            try {
                browser.get(preview.address().resolve(PAGE).toString());
                while (preview.openTabs() < 1) Thread.sleep(10);
                Path section = project.resolve(SECTION);
                String original = Files.readString(section);
                int warmUp = 3;
                for (int i = 0; i < warmUp + edits; i++) {
                    String marker = "đo-" + i;
                    rebuilds.clear();
                    long saved = System.currentTimeMillis();
                    Files.writeString(section, original.replace(SENTENCE, SENTENCE + " " + marker));
                    long shown = awaitShown(browser, marker);
                    if (i >= warmUp) {
                        latencies.add(shown - saved);
                        System.out.printf("edit %2d: shown after %4d ms (rebuild %s ms)%n", i - warmUp + 1, shown - saved, rebuilds);
                    }
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
        System.out.printf("median %d ms, min %d ms, max %d ms over %d edits (target: 300 ms)%n",
                latencies.get(latencies.size() / 2), latencies.get(0), latencies.get(latencies.size() - 1), latencies.size());
    }

    /** The wall-clock time at which the reloaded page showing {@code marker} was ready. */
    private static long awaitShown(ChromeDriver browser, String marker) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            Object ready = browser.executeScript("return document.body && document.body.textContent.includes(arguments[0])"
                    + " ? Math.round(performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd) : 0", marker);
            if (ready instanceof Number n && n.longValue() > 0) return n.longValue();
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
