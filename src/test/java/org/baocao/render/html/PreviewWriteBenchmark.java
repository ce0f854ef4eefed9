package org.baocao.render.html;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baocao.build.Loaded;
import org.baocao.build.Pipeline;
import org.baocao.render.OutputFolder;
import org.baocao.source.Diagnostics;

/**
 * The processor time of writing the site as the preview does after an edit of one report in one language: the
 * project loaded once, then the site written into memory again and again with only that report's pages, as
 * {@code LiveSite.publish} writes it. Prints the files and bytes written and the median process CPU of the writes
 * after five warm-up ones. Not a test: timings belong to no assertion.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.baocao.render.html.PreviewWriteBenchmark PROJECT REPORT LANGUAGE [WRITES]
 * </pre>
 */
public final class PreviewWriteBenchmark {
    private static final int WARM_UP = 5;

    public static void main(String[] args) {
        Diagnostics diagnostics = new Diagnostics();
        Loaded model = new Pipeline().load(Path.of(args[0]), diagnostics).orElseThrow(() -> new IllegalStateException(diagnostics.sorted().toString()));
        String report = args[1];
        String language = args[2];
        int writes = args.length > 3 ? Integer.parseInt(args[3]) : 25;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] millis = new long[writes];
        for (int i = 0; i < WARM_UP + writes; i++) {
            Map<String, byte[]> files = new ConcurrentHashMap<>();
            long start = os.getProcessCpuTime();
            new SiteWriter(model.project(), model.theme(), model.messages(), OutputFolder.inMemory(Path.of(args[0], "output"), files), diagnostics)
                    .write(model.reports(), Map.of(), one -> one.report().id().equals(report) && one.language().equals(language));
            if (i >= WARM_UP) millis[i - WARM_UP] = (os.getProcessCpuTime() - start) / 1_000_000;
            if (i == 0) System.out.println(files.size() + " files, " + files.values().stream().mapToLong(bytes -> bytes.length).sum() + " bytes");
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.println("CPU per write (ms): " + Arrays.toString(millis) + "; median " + sorted[writes / 2]);
    }
}
