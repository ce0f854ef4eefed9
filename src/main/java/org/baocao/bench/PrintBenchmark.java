package org.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.render.pdf.FontSet;
import org.baocao.render.pdf.PdfWriter;
import org.baocao.render.pdf.PrintEdition;
import org.baocao.source.Diagnostics;

/**
 * Measures the print edition on a generated {@link PrintFixture}: a build without PDFs, then a full build; the
 * difference is the time spent on the PDFs (both languages, rendered in parallel).
 */
public final class PrintBenchmark {

    /** @param pdfPages pages of all PDFs together */
    /**
     * @param siteMillis     the first site-only build (a cold JVM)
     * @param warmSiteMillis a second site-only build of the same project, as a long-running process or preview pays
     * @param sitePages      the web pages of a site-only build
     */
    public record Result(Path project, int pdfPages, List<String> pdfs, long siteMillis, long warmSiteMillis, int sitePages,
                         long fullMillis) {
        public double pdfSeconds() {
            // The full build does the site's work too: what it takes beyond a warm site-only build is the PDFs.
            return Math.max(1, fullMillis - warmSiteMillis) / 1000.0;
        }

        public double pagesPerSecond() {
            return pdfPages / pdfSeconds();
        }
    }

    private PrintBenchmark() {}

    public static Result run(Path project, int chapters, Diagnostics diagnostics) throws IOException {
        PrintFixture.write(project, chapters, "");
        Pipeline pipeline = new Pipeline();
        Path output = project.resolve("output");
        BuildResult site = pipeline.build(new BuildOptions(project, output, false, false), diagnostics);
        BuildResult warmSite = pipeline.build(new BuildOptions(project, output, false, false), diagnostics);
        BuildResult full = pipeline.build(new BuildOptions(project, output, true, false), diagnostics);
        if (!site.succeeded() || !warmSite.succeeded() || !full.succeeded()) throw new IllegalStateException("the benchmark fixture did not build");
        int pages = 0;
        for (String pdf : full.pdfs()) {
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(output.resolve(pdf)))) {
                pages += document.getNumberOfPages();
            }
        }
        return new Result(project, pages, full.pdfs(), site.millis(), warmSite.millis(), warmSite.pages(), full.millis());
    }

    /**
     * Writes each report's print HTML in each language as {@code folder/print-<report>-<lang>.html}, so other
     * renderers (WeasyPrint) can be timed on exactly the same document:
     * {@code weasyprint output/print-2023-vi.html out.pdf}. Images are linked as in the built site
     * ({@code media/<report>/...}), so {@code folder} is the output folder of a build, or has the same media.
     *
     * @return the files written
     */
    public static List<Path> writePrintHtml(Path project, Path folder, Diagnostics diagnostics) throws IOException {
        Pipeline pipeline = new Pipeline();
        var loaded = pipeline.load(project, diagnostics).orElseThrow(() -> new IllegalStateException("the benchmark fixture did not load"));
        PrintEdition print = new PrintEdition(loaded.project(), loaded.theme(), new PdfWriter(FontSet.liberation()), java.util.Map.of(),
                org.baocao.image.ImageCache.forProject(project), diagnostics); // the print HTML only: no image is embedded
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (var languages : loaded.reports().byReport()) {
            for (var one : languages) {
                Path file = folder.resolve("print-" + one.report().id() + "-" + one.language() + ".html");
                Files.writeString(file, print.html(one));
                written.add(file);
            }
        }
        return written;
    }
}
