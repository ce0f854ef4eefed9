package org.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import org.baocao.bench.PrintBenchmark;
import org.baocao.image.ImageBenchmark;
import org.baocao.image.ImageProblem;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Build a generated fictional report (about 100 pages per language) and print the PDF speed.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--chapters", paramLabel = "N", defaultValue = "24",
            description = "chapters per language, about five pages each (default: ${DEFAULT-VALUE})")
    int chapters;

    @Option(names = "--keep", description = "keep the generated project, its output and each language's print HTML (to time other renderers on it)")
    boolean keep;

    @Option(names = "--images", description = "time the image pipeline instead: generated 24-megapixel photos, with an empty cache and again with it filled")
    boolean images;

    @Option(names = "--photos", paramLabel = "N", defaultValue = "3", description = "photos for --images (default: ${DEFAULT-VALUE})")
    int photos;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path project = Files.createTempDirectory("baocao-bench");
        if (images) return benchImages(project, out);
        Diagnostics diagnostics = new Diagnostics();
        PrintBenchmark.Result result = PrintBenchmark.run(project, chapters, diagnostics);
        out.printf("PDFs:          %s, %d pages in all%n", String.join(", ", result.pdfs()), result.pdfPages());
        out.printf("PDF rendering: %.1f s, %.1f pages per second (languages in parallel)%n", result.pdfSeconds(), result.pagesPerSecond());
        out.printf("site only:     %d pages in %.2f s warm (%.1f ms a page; %.2f s the first time, JVM warm-up included)%n",
                result.sitePages(), result.warmSiteMillis() / 1000.0, (double) result.warmSiteMillis() / Math.max(1, result.sitePages()),
                result.siteMillis() / 1000.0);
        out.printf("full build:    %.1f s (site and PDFs)%n", result.fullMillis() / 1000.0);
        out.printf("whole process: %.1f s (JVM start, a site-only build, then the full build)%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        if (keep) {
            out.println("project:       " + project);
            for (Path html : PrintBenchmark.writePrintHtml(project, diagnostics)) out.println("print HTML:    " + html);
        } else {
            try (var files = Files.walk(project)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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
