package org.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.baocao.bench.BenchProject;
import org.baocao.bench.PrintBenchmark;
import org.baocao.bench.SideBySide;
import org.baocao.image.ImageBenchmark;
import org.baocao.image.ImageProblem;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Build a generated fictional report (about 100 pages per language) and print the PDF speed; with --reports, --sections,"
                + " --project or --side-by-side, time whole builds, each a process of its own, beside Hugo and WeasyPrint (docs/performance.md).")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--chapters", paramLabel = "N", defaultValue = "24",
            description = "chapters per language, about five pages each (default: ${DEFAULT-VALUE})")
    int chapters;

    @Option(names = "--keep", description = "keep the generated project, its output and each language's print HTML (to time other renderers on it), and say where")
    boolean keep;

    @Option(names = "--images", description = "time the image pipeline instead: generated 24-megapixel photos, with an empty cache and again with it filled")
    boolean images;

    @Option(names = "--photos", paramLabel = "N", defaultValue = "3", description = "photos for --images (default: ${DEFAULT-VALUE})")
    int photos;

    @Option(names = "--reports", paramLabel = "R", description = "time whole builds of R generated reports (default 1 when --sections is given)")
    Integer reports;

    @Option(names = "--sections", paramLabel = "S", description = "sections per report and language of the generated reports (default 50 when --reports is given)")
    Integer sections;

    @Option(names = "--pdf", description = "with --reports/--sections or --project: build the PDFs too (default: the site only)")
    boolean pdf;

    @Option(names = "--project", paramLabel = "DIR", description = "time whole builds of this project (e.g. the sample: this repository's folder)")
    Path project;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "builds of each line; the table shows their medians (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--anchors", description = "time Hugo (and WeasyPrint for the PDFs) on the same content too; they must be on the PATH")
    boolean anchors;

    @Option(names = "--side-by-side", description = "every line of issue 14's table, with --anchors (bench/side-by-side.sh runs this)")
    boolean sideBySide;

    @Option(names = "--largest", description = "with --side-by-side: add the 10,000-page line (100 reports × 50 sections; many minutes)")
    boolean largest;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (sideBySide || reports != null || sections != null || project != null) return timeWholeBuilds(out);
        Path generated = Files.createTempDirectory("baocao-bench");
        if (images) return benchImages(generated, out);
        Diagnostics diagnostics = new Diagnostics();
        PrintBenchmark.Result result = PrintBenchmark.run(generated, chapters, diagnostics);
        out.printf("PDFs:          %s, %d pages in all%n", String.join(", ", result.pdfs()), result.pdfPages());
        out.printf("PDF rendering: %.1f s, %.1f pages per second (languages in parallel)%n", result.pdfSeconds(), result.pagesPerSecond());
        out.printf("site only:     %d pages in %.2f s warm (%.1f ms a page; %.2f s the first time, JVM warm-up included)%n",
                result.sitePages(), result.warmSiteMillis() / 1000.0, (double) result.warmSiteMillis() / Math.max(1, result.sitePages()),
                result.siteMillis() / 1000.0);
        out.printf("full build:    %.1f s (site and PDFs)%n", result.fullMillis() / 1000.0);
        out.printf("whole process: %.1f s (JVM start, a site-only build, then the full build)%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        if (keep) {
            out.println("project:       " + generated);
            for (Path html : PrintBenchmark.writePrintHtml(generated, generated.resolve("output"), diagnostics)) out.println("print HTML:    " + html);
        } else {
            try (var files = Files.walk(generated)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    /** The lines of the side-by-side table that the options ask for, each build a process of its own. */
    private int timeWholeBuilds(PrintWriter out) throws IOException {
        if (runs < 1) throw CommandLineMistakes.mistake(spec, "runs");
        if (reports != null && reports < 1 || sections != null && sections < 1) {
            throw CommandLineMistakes.mistake(spec, "reportsAndSections");
        }
        List<SideBySide.Row> rows = new ArrayList<>();
        Optional<Path> existing = Optional.ofNullable(project).map(folder -> folder.toAbsolutePath().normalize());
        if (sideBySide) {
            rows.addAll(SideBySide.issueRows(largest, existing));
        } else {
            if (reports != null || sections != null) {
                rows.add(SideBySide.Row.generated(new BenchProject.Shape(reports == null ? 1 : reports, sections == null ? 50 : sections), pdf));
            }
            existing.ifPresent(folder -> rows.add(SideBySide.Row.existing(folder, pdf)));
        }
        SideBySide bench = new SideBySide(Main.class.getName(), runs, anchors || sideBySide, keep, out, spec.commandLine().getErr());
        Optional<String> missing = bench.missingTools(rows);
        if (missing.isPresent()) {
            spec.commandLine().getErr().println(missing.get());
            return 2;
        }
        try {
            bench.run(rows);
        } catch (IOException e) {
            // A build that failed: its command and the end of its output, not a stack trace.
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        return 0;
    }

    private int benchImages(Path folder, PrintWriter out) throws IOException {
        try {
            ImageBenchmark.Result result = ImageBenchmark.run(folder, photos);
            out.printf("photos:        %d of 24 megapixels (6000 × 4000), %.0f megapixels in all%n", result.photos(), result.megapixels());
            out.printf("empty cache:   %.1f s, %.0f ms a megapixel (%d renditions encoded: the site's sizes and the PDF's 300 ppi copy)%n",
                    result.coldMillis() / 1000.0, result.millisPerMegapixel(), result.coldEncodes());
            out.printf("cache filled:  %d ms, %d renditions encoded (a rebuild or the preview)%n", result.warmMillis(), result.warmEncodes());
            return 0;
        } catch (ImageProblem e) {
            throw new IllegalStateException("a generated photo could not be read: " + e.getMessage(), e);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
