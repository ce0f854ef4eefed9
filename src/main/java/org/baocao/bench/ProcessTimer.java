package org.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a separate process and measures it as its user pays it: wall time, CPU time (user + system,
 * which waiting for a core on a busy machine does not inflate) and peak resident memory. With GNU time
 * ({@code /usr/bin/time}) the kernel's own accounting is read; without it the process is polled every 10 ms
 * ({@code /proc/<pid>/status} VmHWM and the CPU time Java reports), which can miss its last few milliseconds.
 */
public final class ProcessTimer {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    /** @param peakKb the peak resident set in KiB, 0 when the system does not say */
    public record Measurement(long wallMillis, long cpuMillis, long peakKb) {
        /** Processes run one after another: times add up, the peak is the largest. */
        public Measurement then(Measurement next) {
            return new Measurement(wallMillis + next.wallMillis, cpuMillis + next.cpuMillis, Math.max(peakKb, next.peakKb));
        }

        /** The median of each figure on its own. */
        public static Measurement median(List<Measurement> runs) {
            return new Measurement(median(runs.stream().mapToLong(Measurement::wallMillis).toArray()),
                    median(runs.stream().mapToLong(Measurement::cpuMillis).toArray()),
                    median(runs.stream().mapToLong(Measurement::peakKb).toArray()));
        }

        private static long median(long[] values) {
            java.util.Arrays.sort(values);
            int middle = values.length / 2;
            return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
        }
    }

    private final boolean gnuTime;

    private ProcessTimer(boolean gnuTime) {
        this.gnuTime = gnuTime;
    }

    /** GNU time when it is installed, else polling. */
    public static ProcessTimer best() {
        return new ProcessTimer(Files.isExecutable(GNU_TIME));
    }

    /** Polling /proc and the process's CPU time even where GNU time is installed (for its test). */
    static ProcessTimer polling() {
        return new ProcessTimer(false);
    }

    public String method() {
        return gnuTime ? "GNU time (/usr/bin/time)" : "polling /proc/<pid>/status every 10 ms";
    }

    /**
     * Runs {@code command} in {@code directory}, its output and errors appended to {@code log}.
     *
     * @throws IOException when it cannot start or ends with a status other than 0 (the message quotes the log's end)
     */
    public Measurement run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        Path times = Files.createTempFile("baocao-bench-time", ".txt");
        try {
            List<String> line = new ArrayList<>();
            if (gnuTime) line.addAll(List.of(GNU_TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
            line.addAll(command);
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            long start = System.nanoTime();
            long peakKb = 0;
            Duration cpu = Duration.ZERO;
            while (!process.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                if (gnuTime) continue;
                peakKb = Math.max(peakKb, peakKb(process.pid()));
                cpu = process.info().totalCpuDuration().orElse(cpu);
            }
            long wallMillis = (System.nanoTime() - start) / 1_000_000;
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " ended with status " + process.exitValue() + ":\n" + tail(log));
            }
            if (!gnuTime) return new Measurement(wallMillis, cpu.toMillis(), peakKb);
            // "%e %U %S %M": elapsed, user and system seconds, maximum resident set in KiB.
            String[] fields = Files.readString(times).strip().lines().reduce((first, last) -> last).orElse("").split(" ");
            double user = Double.parseDouble(fields[1]);
            double system = Double.parseDouble(fields[2]);
            return new Measurement(Math.round(Double.parseDouble(fields[0]) * 1000), Math.round((user + system) * 1000), Long.parseLong(fields[3]));
        } finally {
            Files.deleteIfExists(times);
        }
    }

    /** VmHWM, the peak resident set so far, in KiB; 0 when /proc does not have it (not Linux, or already gone). */
    private static long peakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between two polls: its last reading stands.
        }
        return 0;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
