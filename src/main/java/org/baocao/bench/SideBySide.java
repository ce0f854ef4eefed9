package org.baocao.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baocao.render.pdf.PdfCache;
import org.baocao.source.Diagnostics;

/**
 * Times whole builds, each a separate process as a user runs it (JVM start included), of baocao and of the tools it
 * is measured against (Hugo for the site, Hugo + WeasyPrint for site and PDFs) on the same generated content, and
 * prints issue 14's table: medians of N runs, wall time, CPU time and peak memory. docs/performance.md, "Side by side".
 */
public final class SideBySide {
    /**
     * The flags bin/baocao starts a build with (not serve). A test compares them with the launcher, so they cannot
     * drift apart.
     */
    public static final List<String> LAUNCHER_FLAGS = List.of("-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** Where bin/baocao reads whether Linux lends memory in huge pages on request. */
    static final Path HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /** {@link #LAUNCHER_FLAGS} and, as bin/baocao adds it, the request for huge pages where Linux grants them on request. */
    public static List<String> launcherFlags() {
        List<String> flags = new ArrayList<>(LAUNCHER_FLAGS);
        if (hugePagesOnRequest(HUGE_PAGES)) flags.add("-XX:+UseTransparentHugePages");
        return List.copyOf(flags);
    }

    /** Whether {@code setting} (the kernel's transparent huge pages mode) is "madvise": huge pages for those who ask. */
    static boolean hugePagesOnRequest(Path setting) {
        try {
            return Files.readString(setting).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * One line of the table: generated content of {@code shape} (site only, or with PDFs), or an existing project
     * ({@code project}, e.g. the sample) that only baocao builds.
     */
    public record Row(String work, Optional<BenchProject.Shape> shape, boolean pdfs, Optional<Path> project) {
        public static Row generated(BenchProject.Shape shape, boolean pdfs) {
            String work = String.format(Locale.ROOT, "%,d section pages (%d %s × %d sections × 2 languages), %s", shape.sectionPages(),
                    shape.reports(), shape.reports() == 1 ? "report" : "reports", shape.sections(),
                    pdfs ? "site + " + shape.reports() * 2 + " PDFs" : "HTML only");
            return new Row(work, Optional.of(shape), pdfs, Optional.empty());
        }

        public static Row existing(Path project, boolean pdfs) {
            return new Row("the project " + project + ", whole process" + (pdfs ? ", site + PDFs" : ", HTML only"),
                    Optional.empty(), pdfs, Optional.of(project));
        }
    }

    /** The lines of issue 14's table that a batch run can measure (the preview's are measured by ServeLatencyBenchmark). */
    public static List<Row> issueRows(boolean largest, Optional<Path> sample) {
        List<Row> rows = new ArrayList<>(List.of(
                Row.generated(new BenchProject.Shape(1, 50), false),
                Row.generated(new BenchProject.Shape(10, 50), false)));
        if (largest) rows.add(Row.generated(new BenchProject.Shape(100, 50), false));
        rows.add(Row.generated(new BenchProject.Shape(1, 40), true));
        rows.add(Row.generated(new BenchProject.Shape(10, 12), true));
        sample.ifPresent(project -> rows.add(new Row("the sample " + project + ", whole process, site + PDFs", Optional.empty(), true, Optional.of(project))));
        return rows;
    }

    private final String mainClass;
    private final int runs;
    private final boolean anchors;
    private final boolean keep;
    private final ProcessTimer timer = ProcessTimer.best();
    private final PrintWriter out;
    private final PrintWriter progress;
    /**
     * The folders of the lines measured, deleted only after the last line. On a file system without a journal (ext4
     * on the VM these numbers come from) a file created within minutes of thousands being deleted costs up to half a
     * millisecond of system time: the kernel skips the inodes freed recently one by one. Deleting a run's output
     * before the next would charge that to whichever tool writes next, and most to the one writing the most files.
     */
    private final List<Path> toDelete = new ArrayList<>();

    /**
     * @param mainClass the class whose main method runs {@code baocao build}
     * @param anchors   also time Hugo (and WeasyPrint for the PDFs), which must then be on the PATH
     * @param keep      keep the generated content and outputs, and say where
     */
    public SideBySide(String mainClass, int runs, boolean anchors, boolean keep, PrintWriter out, PrintWriter progress) {
        this.mainClass = mainClass;
        this.runs = runs;
        this.anchors = anchors;
        this.keep = keep;
        this.out = out;
        this.progress = progress;
    }

    /** Checks that the other tools are on the PATH before anything long starts; the problem, if any. */
    public Optional<String> missingTools(List<Row> rows) {
        if (!anchors) return Optional.empty();
        List<String> missing = new ArrayList<>();
        if (rows.stream().anyMatch(row -> row.shape().isPresent()) && onPath("hugo").isEmpty()) missing.add("hugo");
        if (rows.stream().anyMatch(row -> row.shape().isPresent() && row.pdfs()) && onPath("weasyprint").isEmpty()) missing.add("weasyprint");
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("not on the PATH: " + String.join(", ", missing) + " (Debian: apt-get install hugo weasyprint)");
    }

    /** Prints the table line by line as each is measured, so a long run shows its first lines early. */
    public void run(List<Row> rows) throws IOException, InterruptedException {
        out.printf("Side by side, %s, %d cores, load average %s at the start; measured with %s.%n",
                runs == 1 ? "1 run a line" : runs + " runs a line (medians)", Runtime.getRuntime().availableProcessors(), loadAverage(), timer.method());
        out.printf("baocao: java %s %s%s%s%n", Runtime.version(), String.join(" ", launcherFlags()),
                anchors ? "; " + version("hugo", "version") : "", anchors ? "; " + version("weasyprint", "--version") : "");
        if (anchors) out.println("ratio: the anchor's time divided by baocao's (above 1: baocao is faster); CPU time is the steadier on a shared machine.");
        out.println();
        out.println("| work | baocao | anchor | ratio |");
        out.println("|---|---|---|---|");
        out.flush();
        try {
            for (Row row : rows) {
                out.println(measure(row));
                out.flush();
            }
        } finally {
            for (Path folder : toDelete) delete(folder);
        }
        out.println();
        out.printf("Load average %s at the end.%n", loadAverage());
        out.flush();
    }

    private String measure(Row row) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("baocao-side-by-side");
        try {
            Path project = row.project().orElse(BenchProject.baocao(folder));
            List<Path> printHtml = List.of();
            if (row.shape().isPresent()) {
                progress.println(row.work() + ": writing the content");
                progress.flush();
                BenchProject.write(folder, row.shape().get());
                if (anchors && row.pdfs()) printHtml = printHtml(project, folder.resolve("print"));
            }
            boolean timeAnchor = anchors && row.shape().isPresent();
            List<ProcessTimer.Measurement> ours = new ArrayList<>();
            List<ProcessTimer.Measurement> theirs = new ArrayList<>();
            Path log = folder.resolve("log.txt");
            for (int run = 1; run <= runs; run++) {
                progress.printf("%s: run %d of %d%n", row.work(), run, runs);
                progress.flush();
                // One tool after the other within a run, so both see the same load. Every run makes its PDFs, as
                // WeasyPrint does: none is copied from the run before (PdfCache).
                PdfCache.forProject(project).clear();
                // Each run writes into a new folder: see toDelete.
                ours.add(timer.run(baocao(mainClass, project, output(folder, "out-baocao", run), row.pdfs()), folder, log));
                if (timeAnchor) theirs.add(anchor(folder, run, printHtml, log));
            }
            ProcessTimer.Measurement baocao = ProcessTimer.Measurement.median(ours);
            String anchorCell = "—";
            String ratio = "—";
            if (timeAnchor) {
                ProcessTimer.Measurement anchor = ProcessTimer.Measurement.median(theirs);
                anchorCell = (row.pdfs() ? "Hugo + " + printHtml.size() + " × WeasyPrint " : "Hugo ") + cell(anchor);
                ratio = String.format(Locale.ROOT, "%s CPU, %s wall", times(anchor.cpuMillis(), baocao.cpuMillis()),
                        times(anchor.wallMillis(), baocao.wallMillis()));
            }
            String work = row.work() + " (" + made(folder, runs, row, timeAnchor, printHtml.size()) + ")";
            if (keep) progress.println(row.work() + ": kept in " + folder);
            return "| " + work + " | " + cell(baocao) + " | " + anchorCell + " | " + ratio + " |";
        } finally {
            if (!keep) toDelete.add(folder);
        }
    }

    /** What each tool wrote in its last run ({@code run}), so a reader sees that they made the same pages. */
    private static String made(Path folder, int run, Row row, boolean anchor, int printDocuments) throws IOException {
        Path ours = output(folder, "out-baocao", run);
        String made = "baocao: " + count(ours, ".html") + " HTML files" + (row.pdfs() ? ", " + pdfPages(ours) + " PDF pages" : "");
        if (!anchor) return made;
        made += "; Hugo: " + count(output(folder, "out-hugo", run), ".html") + " HTML files";
        return row.pdfs() ? made + "; WeasyPrint: " + pdfPages(output(folder, "out-weasyprint", run)) + " PDF pages of " + printDocuments + " PDFs" : made;
    }

    /** Where a tool writes in run {@code run} of a line: a folder of its own, new. */
    static Path output(Path folder, String tool, int run) {
        return folder.resolve(tool + "-" + run);
    }

    /** The anchor's run: the Hugo site, then each print HTML through WeasyPrint, one after the other. */
    private ProcessTimer.Measurement anchor(Path folder, int run, List<Path> printHtml, Path log) throws IOException, InterruptedException {
        ProcessTimer.Measurement total = timer.run(List.of("hugo", "--quiet", "--source", BenchProject.hugo(folder).toString(),
                "--destination", output(folder, "out-hugo", run).toString()), folder, log);
        Path pdfs = Files.createDirectories(output(folder, "out-weasyprint", run));
        for (Path html : printHtml) {
            String pdf = pdfs.resolve(html.getFileName().toString().replaceFirst("\\.html$", ".pdf")).toString();
            total = total.then(timer.run(List.of("weasyprint", html.getFileName().toString(), pdf), html.getParent(), log));
        }
        return total;
    }

    /**
     * The command bin/baocao runs for {@code baocao build}: the same Java, class path and flags as this process.
     *
     * @param mainClass the command line's class (given by it: this package does not depend on the command line)
     */
    static List<String> baocao(String mainClass, Path project, Path output, boolean pdfs) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launcherFlags());
        appCdsArchive().ifPresent(archive -> command.add("-XX:SharedArchiveFile=" + archive));
        // As the launcher does: more options for Java, e.g. -Xmx4g for the 10,000-page line.
        String more = System.getenv().getOrDefault("BAOCAO_JAVA_OPTS", "").strip();
        if (!more.isEmpty()) command.addAll(List.of(more.split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass, "build", "--quiet",
                "--project", project.toString(), "--out", output.toString()));
        if (!pdfs) command.add("--no-pdf");
        return command;
    }

    /**
     * The Linux archive's class-data archive, when this process runs from it and the launcher has made the archive
     * for this folder (lib/baocao.jsa and lib/baocao.jsa.path, see bin/baocao).
     */
    private static Optional<Path> appCdsArchive() {
        String classPath = System.getProperty("java.class.path");
        if (classPath.contains(File.pathSeparator)) return Optional.empty();
        Path jar = Path.of(classPath).toAbsolutePath();
        Path archive = jar.resolveSibling("baocao.jsa");
        Path madeFor = jar.resolveSibling("baocao.jsa.path");
        try {
            if (Files.isRegularFile(archive) && Files.isRegularFile(madeFor)
                    && Files.readString(madeFor).strip().equals(jar.getParent().getParent().toString())) {
                return Optional.of(archive);
            }
        } catch (IOException unreadable) {
            // Without the archive, as the launcher then runs.
        }
        return Optional.empty();
    }

    /** Each report's print HTML in each language, with the covers it links, for WeasyPrint. */
    private static List<Path> printHtml(Path project, Path folder) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<Path> written = PrintBenchmark.writePrintHtml(project, folder, diagnostics);
        if (diagnostics.hasErrors()) throw new IllegalStateException("the generated content has errors: " + diagnostics.sorted());
        try (var reports = Files.list(project.resolve("content/reports"))) {
            for (Path report : reports.toList()) {
                Path cover = folder.resolve("media").resolve(report.getFileName().toString()).resolve("cover.png");
                Files.createDirectories(cover.getParent());
                Files.copy(report.resolve("media/cover.png"), cover);
            }
        }
        return written;
    }

    private static String cell(ProcessTimer.Measurement m) {
        return String.format(Locale.ROOT, "%s s wall, %s s CPU, %d MB", seconds(m.wallMillis()), seconds(m.cpuMillis()), Math.round(m.peakKb() / 1024.0));
    }

    private static String seconds(long millis) {
        return millis < 10_000 ? String.format(Locale.ROOT, "%.2f", millis / 1000.0) : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    private static String times(long anchor, long baocao) {
        double ratio = (double) anchor / Math.max(1, baocao);
        return String.format(Locale.ROOT, ratio < 0.1 ? "%.3f×" : "%.2f×", ratio);
    }

    private static long count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        try (var files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix)).count();
        }
    }

    private static int pdfPages(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return 0;
        int pages = 0;
        try (var files = Files.walk(folder)) {
            for (Path pdf : files.filter(file -> file.getFileName().toString().endsWith(".pdf")).toList()) {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    pages += document.getNumberOfPages();
                }
            }
        }
        return pages;
    }

    private static Optional<Path> onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (folder.isEmpty()) continue;
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String version(String tool, String argument) {
        try {
            Process process = new ProcessBuilder(tool, argument).redirectErrorStream(true).start();
            String first = new String(process.getInputStream().readAllBytes()).lines().findFirst().orElse(tool).strip();
            process.waitFor();
            return first;
        } catch (IOException e) {
            return tool + " (version unknown)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return tool + " (version unknown)";
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + "/" + fields[1] + "/" + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        }
    }
}
