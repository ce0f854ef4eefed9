package org.baocao.yaml;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.baocao.concurrent.Workers;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;

/**
 * How long a fresh JVM takes to read the data files below a folder (e.g. the ten 356 KB {@code ledger.yaml} of the
 * side-by-side benchmark's 1,000-page project, which {@code baocao bench --reports 10 --sections 50 --keep} keeps):
 * on every core and keeping what was read, as a build's reading threads do; wall time, the collector's time and
 * the process's CPU time. Run it with the launchers' flags, since a build reads its data before the JIT has compiled
 * much. Not a test: timings belong to no assertion.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:gc -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     org.baocao.yaml.YamlReadBenchmark FOLDER
 * </pre>
 */
public final class YamlReadBenchmark {
    private YamlReadBenchmark() {}

    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
        List<String> texts = files.stream().map(YamlReadBenchmark::read).toList();
        long collectedBefore = collectorMillis();
        long cpuBefore = processCpuMillis();
        long start = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        List<YamlValue> read = Workers.run("reading data", java.util.stream.IntStream.range(0, texts.size())
                .<Callable<YamlValue>>mapToObj(i -> () -> new YamlParser(diagnostics).parse(new SourceFile(files.get(i).toString(), texts.get(i)), texts.get(i), 1))
                .toList());
        System.out.printf("%d files, %d KB: %d ms wall, %d ms collecting, %d ms CPU of the process, %d read, %d problems%n", texts.size(),
                texts.stream().mapToLong(String::length).sum() / 1024, (System.nanoTime() - start) / 1_000_000,
                collectorMillis() - collectedBefore, processCpuMillis() - cpuBefore, read.stream().filter(java.util.Objects::nonNull).count(),
                diagnostics.sorted().size());
    }

    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
