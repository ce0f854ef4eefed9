package org.baocao.build;

import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.baocao.check.ProjectChecks;
import org.baocao.concurrent.Workers;
import org.baocao.content.ContentLoader;
import org.baocao.content.Placeholders;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Language;
import org.baocao.image.ImageCache;
import org.baocao.i18n.Messages;
import org.baocao.markdown.MarkdownRenderer;
import org.baocao.render.NarrativeTemplates;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedReports;
import org.baocao.render.ReportRenderer;
import org.baocao.render.Theme;
import org.baocao.render.html.SiteWriter;
import org.baocao.render.html.WebFonts;
import org.baocao.render.pdf.FontSet;
import org.baocao.render.pdf.PdfCache;
import org.baocao.render.pdf.PdfWriter;
import org.baocao.render.pdf.PrintEdition;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.ScannedTexts;
import org.baocao.source.SourcePosition;

/**
 * The one pipeline: load the project into its model, render every report in every language, then write the site
 * and the PDFs into a staging folder that replaces the output folder only when everything succeeded.
 */
public final class Pipeline {
    /** Marks a folder as written by baocao: only such a folder is ever replaced. */
    public static final String MARKER = ".baocao-output";

    /** How long a build waits for another one writing the same output folder. */
    static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    private final NarrativeTemplates narratives = new NarrativeTemplates();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    /** Read when first needed, on the thread that prepares the PDFs' fonts: a check needs none. */
    private final Supplier<FontSet> fonts;

    public Pipeline(FontSet fonts) {
        this.fonts = () -> fonts;
    }

    public Pipeline() {
        this.fonts = FontSet::liberation;
    }

    /** Load and render in memory; empty when the content has errors (in the diagnostics). */
    public Optional<Loaded> load(Path projectFolder, Diagnostics diagnostics) {
        return load(projectFolder, diagnostics, RenderCache.forOneLoad());
    }

    /**
     * Load, and render each report in each language unless {@code cache} holds it rendered from the same inputs:
     * the live preview re-renders only what an edit affects.
     */
    public Optional<Loaded> load(Path projectFolder, Diagnostics diagnostics, RenderCache cache) {
        return load(projectFolder, diagnostics, cache, rendered -> {});
    }

    /**
     * As {@link #load(Path, Diagnostics, RenderCache)}, handing the model to {@code whenRendered} as soon as every
     * report is rendered without errors, before the checks: the live preview shows the edited page meanwhile.
     */
    public Optional<Loaded> load(Path projectFolder, Diagnostics diagnostics, RenderCache cache, Consumer<Loaded> whenRendered) {
        return loadEvenWithErrors(projectFolder, diagnostics, cache, whenRendered).filter(model -> !diagnostics.hasErrors());
    }

    /**
     * The model whenever the project could be loaded, errors or not: a build decides on the draft reports' problems
     * apart from the others'.
     */
    private Optional<Loaded> loadEvenWithErrors(Path projectFolder, Diagnostics diagnostics, RenderCache cache, Consumer<Loaded> whenRendered) {
        // The files the scan decodes are handed to the loader, which does not read them again.
        ScannedTexts scanned = ScannedTexts.forOneLoad();
        ProjectChecks.files(projectFolder, diagnostics, cache.textScans(), scanned);
        Optional<Loaded> listed = loadUnrenderedEvenWithErrors(projectFolder, diagnostics, cache, scanned);
        // Only a project that cannot be loaded at all stops here: after other loading errors the reports are still
        // rendered, so that one run lists the narratives' mistakes too.
        if (listed.isEmpty()) return Optional.empty();
        Loaded model = render(listed.get(), listed.get().project().reports().stream().map(Report::id).toList(), diagnostics, cache);
        Project project = model.project();
        RenderedReports rendered = model.reports();
        if (!diagnostics.hasErrors()) whenRendered.accept(model);
        ProjectChecks.brand(project, diagnostics);
        ProjectChecks.theme(model.theme(), diagnostics);
        // Only on content without errors: a mistyped reference would also show up as a difference between languages.
        boolean withParity = !diagnostics.hasErrors();
        Workers.run("checking", project.reports().stream().<Callable<Void>>map(report -> () -> {
            cache.check(report.id(), withParity, diagnostics, own -> ProjectChecks.report(project, report, rendered, withParity, own));
            return null;
        }).toList());
        return Optional.of(model);
    }

    /**
     * The project loaded, its reports listed but none rendered: each report in each language without sections, which
     * is all the archives show of it (its title, period, key figures and its sections' titles are the model's). The
     * live preview serves the home page from it, then renders each report with {@link #render} in the order the
     * pages are asked for. Empty when the content has errors; nothing is checked, not even the text of the files (the
     * whole load does it).
     */
    public Optional<Loaded> loadUnrendered(Path projectFolder, Diagnostics diagnostics, RenderCache cache) {
        return loadUnrenderedEvenWithErrors(projectFolder, diagnostics, cache, ScannedTexts.none()).filter(model -> !diagnostics.hasErrors());
    }

    private Optional<Loaded> loadUnrenderedEvenWithErrors(Path projectFolder, Diagnostics diagnostics, RenderCache cache, ScannedTexts scanned) {
        Optional<Project> loaded = new ContentLoader(projectFolder, diagnostics, cache.dataSets(), cache.content(), scanned).load();
        if (loaded.isEmpty()) return Optional.empty();
        Project project = loaded.get();
        Placeholders.warn(project, diagnostics);
        cache.startLoad();
        Theme theme = cache.theme(project.root());
        Map<String, Messages> messages = cache.messages(project, theme, diagnostics);
        RenderedReports.Builder unrendered = RenderedReports.builder();
        for (Report report : project.reports()) {
            for (Language language : project.site().languages().all()) {
                Messages strings = messages.get(language.code());
                unrendered.add(language, new RenderedReport(report, language.code(), ReportRenderer.formats(project, language.code(), strings),
                        strings, List.of(), List.of(), List.of()));
            }
        }
        return Optional.of(new Loaded(project, theme, messages, unrendered.build()));
    }

    /**
     * {@code model} with the reports {@code reportIds} rendered in every language, on every core, unless
     * {@code cache} holds them rendered from the same inputs; the other reports as they were.
     */
    public Loaded render(Loaded model, Collection<String> reportIds, Diagnostics diagnostics, RenderCache cache) {
        Set<String> toRender = Set.copyOf(reportIds);
        Project project = model.project();
        List<Language> languages = project.site().languages().all();
        List<Callable<RenderedReport>> renderings = new ArrayList<>();
        for (Report report : project.reports()) {
            for (Language language : languages) {
                Messages strings = model.messages().get(language.code());
                RenderedReport before = model.reports().get(report.id(), language);
                renderings.add(toRender.contains(report.id())
                        ? () -> cache.render(project, report, language.code(), strings, diagnostics,
                                into -> new ReportRenderer(project, model.theme(), narratives, markdown, into))
                        : () -> before);
            }
        }
        RenderedReports.Builder reports = RenderedReports.builder();
        List<RenderedReport> done = Workers.run("rendering", renderings);
        for (int i = 0; i < done.size(); i++) reports.add(languages.get(i % languages.size()), done.get(i));
        return new Loaded(project, model.theme(), model.messages(), reports.build());
    }

    public BuildResult build(BuildOptions options, Diagnostics diagnostics) {
        return build(options, diagnostics, Progress.NONE);
    }

    /** A build that tells {@code progress} what it is doing. */
    public BuildResult build(BuildOptions options, Diagnostics diagnostics, Progress progress) {
        long start = System.nanoTime();
        Path output = realWhenLink(options.output().toAbsolutePath().normalize());
        if (!safeToReplace(output, options.project().toAbsolutePath().normalize(), diagnostics)) {
            return BuildResult.failed(0, List.of());
        }
        progress.stage(Progress.Stage.READING);
        // Reading the project keeps one core busy, mostly: the other gets ready what depends only on the built-in
        // fonts, the PDFs' parsed faces, and finds the website's subsets in the project's cache (the build needed
        // them at its end). It writes nothing: a build that fails leaves the project as it was.
        Path fontCache = fontCache(options.project());
        Future<Map<String, Optional<byte[]>>> builtInWebFonts = Workers.inBackground("preparing", () -> {
            if (options.pdf()) fonts().prepareForPdfs();
            Map<String, Optional<byte[]>> found = new LinkedHashMap<>();
            fonts().faces().forEach(face -> found.put(face.file(), WebFonts.madeBefore(fonts().bytes(face.file()), fontCache)));
            return found;
        });
        try {
            return loadAndWrite(options, output, diagnostics, progress, start, builtInWebFonts);
        } finally {
            // Nothing of a build runs on once it has returned, even when it failed: the caller may change the project.
            finished(builtInWebFonts);
        }
    }

    private BuildResult loadAndWrite(BuildOptions options, Path output, Diagnostics diagnostics, Progress progress, long start,
            Future<Map<String, Optional<byte[]>>> builtInWebFonts) {
        Diagnostics loading = new Diagnostics();
        Optional<Loaded> everything = loadEvenWithErrors(options.project(), loading, RenderCache.forOneLoad(), rendered -> {});
        List<LeftOutDraft> leftOut = List.of();
        if (options.drafts() || everything.isEmpty()) {
            loading.sorted().forEach(diagnostics::add);
        } else {
            leftOut = leftOutDrafts(everything.get().project(), loading, diagnostics);
            noteWhenOnlyDrafts(everything.get().project(), diagnostics);
        }
        if (everything.isEmpty() || diagnostics.failed(options.strict())) return BuildResult.failed(elapsed(start), leftOut);
        Loaded model = options.drafts() ? everything.get() : everything.get().withoutDrafts();

        try (Publisher.Lock lock = Publisher.lock(output, LOCK_WAIT)) {
            Publisher.tidy(output);
            return write(model, output, options, diagnostics, progress, start, leftOut, builtInWebFonts);
        } catch (Publisher.Busy e) {
            diagnostics.error(SourcePosition.wholeFile(output.toString()), Message.OUTPUT_BUSY, e.holder(), output, LOCK_WAIT.toSeconds());
        } catch (IOException | UncheckedIOException e) {
            Publisher.Failure failure = Publisher.describe(e);
            diagnostics.error(SourcePosition.wholeFile(output.toString()), failure.message(), failure.argument(), output.getFileName());
        }
        return BuildResult.failed(elapsed(start), leftOut);
    }

    /** Stages everything and publishes it; any I/O failure leaves output/ as it was. */
    private BuildResult write(Loaded model, Path output, BuildOptions options, Diagnostics diagnostics, Progress progress,
            long start, List<LeftOutDraft> leftOut, Future<Map<String, Optional<byte[]>>> builtInWebFonts) throws IOException {
        Path staged = Publisher.stage(output);
        try {
            OutputFolder out = new OutputFolder(staged);
            writeImages(model, out, diagnostics);
            PdfSizes pdfs = options.pdf() ? writePdfs(model, out, diagnostics, progress) : PdfSizes.NONE;
            progress.stage(Progress.Stage.SITE);
            // Only the readers' PDFs are linked: the print shop's file, with crop marks, is for the printer.
            writeSite(model, out, pdfs.readers(), diagnostics);
            Path fontCache = fontCache(model.project().root());
            Workers.result(builtInWebFonts).forEach((file, subset) -> out.write("assets/fonts/" + file,
                    subset.orElseGet(() -> WebFonts.subset(fonts().bytes(file), fontCache))));
            out.write(MARKER, "This folder is written by baocao build and replaced by the next build.\n");
            if (diagnostics.failed(options.strict())) {
                Publisher.discard(staged);
                return BuildResult.failed(elapsed(start), leftOut);
            }
            progress.stage(Progress.Stage.PUBLISHING);
            Publisher.publish(staged, output);
            int pages = countPages(output);
            return new BuildResult(true, pages, List.copyOf(pdfs.readers().keySet()), List.copyOf(pdfs.printShop().keySet()),
                    List.copyOf(pdfs.copied()), elapsed(start), leftOut);
        } catch (IOException | RuntimeException e) {
            Publisher.discard(staged);
            throw e;
        }
    }

    /**
     * The draft reports a build leaves out. The problems found in their folders go with them: a report that is not
     * published cannot make the build fail, not even with --strict (check still lists them). Every other problem of
     * {@code loading} is passed on to {@code kept}.
     */
    private static List<LeftOutDraft> leftOutDrafts(Project project, Diagnostics loading, Diagnostics kept) {
        Map<String, Report> draftsByFolder = new LinkedHashMap<>();
        for (Report draft : project.reports()) {
            if (draft.draft()) draftsByFolder.put(relative(project.root(), draft.folder()) + "/", draft);
        }
        Map<Report, long[]> counts = new LinkedHashMap<>();
        draftsByFolder.values().forEach(draft -> counts.put(draft, new long[2]));
        for (Diagnostic diagnostic : loading.sorted()) {
            Optional<Report> draft = draftsByFolder.entrySet().stream()
                    .filter(entry -> diagnostic.file().startsWith(entry.getKey())).map(Map.Entry::getValue).findFirst();
            if (draft.isPresent()) {
                counts.get(draft.get())[diagnostic.isError() ? 0 : 1]++;
            } else {
                kept.add(diagnostic);
            }
        }
        List<LeftOutDraft> leftOut = new ArrayList<>();
        counts.forEach((draft, count) -> leftOut.add(new LeftOutDraft(draft.id(),
                relative(project.root(), draft.folder().resolve("report.yaml")), count[0], count[1])));
        return List.copyOf(leftOut);
    }

    /** A site whose every report is a draft lists none: likely a draft flag forgotten after the report was finished. */
    private static void noteWhenOnlyDrafts(Project project, Diagnostics diagnostics) {
        List<Report> reports = project.reports();
        if (!reports.isEmpty() && reports.stream().allMatch(Report::draft)) {
            diagnostics.warning(SourcePosition.wholeFile("content/reports"), Message.ALL_DRAFTS);
        }
    }

    private static String relative(Path root, Path file) {
        return root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The web pages, sitemap, theme assets and the brand's fonts; media, PDFs and the built-in fonts are written
     * apart.
     */
    public void writeSite(Loaded model, OutputFolder out, Map<String, Long> pdfSizes, Diagnostics diagnostics) {
        writeSite(model, out, pdfSizes, one -> true, diagnostics);
    }

    /** The site with only some reports' pages: see {@link SiteWriter#write(RenderedReports, Map, Predicate)}. */
    public void writeSite(Loaded model, OutputFolder out, Map<String, Long> pdfSizes, Predicate<RenderedReport> pagesOf,
            Diagnostics diagnostics) {
        new SiteWriter(model.project(), model.theme(), model.messages(), out, diagnostics).write(model.reports(), pdfSizes, pagesOf);
        writeFonts(fonts().withBrand(model.project().site().brand()), out, face -> !fonts().faces().contains(face), model.project().root());
    }

    /** The built-in fonts, which every site has. */
    public void writeFonts(OutputFolder out, Path projectRoot) {
        writeFonts(fonts(), out, face -> true, projectRoot);
    }

    private static void writeFonts(FontSet fonts, OutputFolder out, Predicate<FontSet.Face> which, Path projectRoot) {
        Path cache = fontCache(projectRoot);
        fonts.faces().stream().filter(which)
                .forEach(face -> out.write("assets/fonts/" + face.file(), WebFonts.subset(fonts.bytes(face.file()), cache)));
    }

    private FontSet fonts() {
        return fonts.get();
    }

    private static Path fontCache(Path projectRoot) {
        return projectRoot.toAbsolutePath().normalize().resolve(".baocao/cache/fonts");
    }

    /** Waits for the background job; what it made or its failure is for {@link #result}. */
    private static void finished(Future<?> background) {
        try {
            background.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException failureForTheCallerOfResult) {
            // matters only to a build that writes the site, and that one has had it from Workers.result
        }
    }

    /** One report's readers' PDF in one language, at its {@link PrintEdition#path}: see the other writePdf. */
    public OptionalLong writePdf(Loaded model, RenderedReport one, OutputFolder out, Diagnostics diagnostics) throws IOException {
        return writePdf(model, List.of(one), false, out, diagnostics);
    }

    /**
     * A report's print edition in one language, or in several one after the other (the bilingual edition), at its
     * {@link PrintEdition#path} below {@code out}, which must hold the report's media: the readers' PDF, or with
     * {@code forPrintShop} the print shop's file. Written to a temporary file first, so a reader never sees half a PDF.
     *
     * @return the PDF's size, or empty when it could not be made (in the diagnostics)
     */
    public OptionalLong writePdf(Loaded model, List<RenderedReport> editions, boolean forPrintShop, OutputFolder out,
            Diagnostics diagnostics) throws IOException {
        Optional<WrittenPdf> written = writePdf(model, editions, forPrintShop, out, diagnostics, fonts().withBrand(model.project().site().brand()));
        return written.isPresent() ? OptionalLong.of(written.get().size()) : OptionalLong.empty();
    }

    /** A PDF written: its size, and whether it was copied, the same as the one last made ({@code PdfCache}). */
    private record WrittenPdf(long size, boolean copied) {}

    /** With the project's fonts, which the PDFs of one build share (each face is parsed once). */
    private static Optional<WrittenPdf> writePdf(Loaded model, List<RenderedReport> editions, boolean forPrintShop, OutputFolder out,
            Diagnostics diagnostics, FontSet projectFonts) throws IOException {
        PrintEdition print = new PrintEdition(model.project(), model.theme(), new PdfWriter(projectFonts),
                SiteImages.of(model), ImageCache.forProject(model.project().root()), diagnostics);
        Path target = out.resolve(PrintEdition.path(editions, forPrintShop));
        Files.createDirectories(target.getParent());
        // Not Files.createTempFile, which makes the file readable by its owner only: the PDF is for everyone.
        Path partial = target.resolveSibling("." + UUID.randomUUID() + ".pdf.part");
        try {
            PrintEdition.Written written = print.write(editions, out.root(), partial, pdfDate(editions.get(0).report()), forPrintShop);
            if (written == PrintEdition.Written.NOT_WRITTEN) return Optional.empty();
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return Optional.of(new WrittenPdf(Files.size(target), written == PrintEdition.Written.COPIED));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void writeImages(Loaded model, OutputFolder out, Diagnostics diagnostics) {
        ImageCache cache = ImageCache.forProject(model.project().root());
        SiteImages.of(model).values().forEach(image -> SiteImages.write(image, model.project().root(), out, cache, diagnostics));
    }

    /**
     * Every report's PDFs in every language, in parallel: the readers' PDFs, and with print_shop the print shop's
     * files too. One a core at most, as many as the heap holds (see {@link PdfBudget}), the largest first, so that the
     * last to finish is a short one.
     */
    private PdfSizes writePdfs(Loaded model, OutputFolder out, Diagnostics diagnostics, Progress progress) throws IOException {
        progress.stage(Progress.Stage.PDFS);
        Map<String, Long> readers = new ConcurrentHashMap<>();
        Map<String, Long> printShop = new ConcurrentHashMap<>();
        Set<String> copied = ConcurrentHashMap.newKeySet();
        boolean withPrintShop = model.project().site().print().printShop();
        FontSet projectFonts = fonts().withBrand(model.project().site().brand());
        record Pdf(List<RenderedReport> editions, boolean forPrintShop, int megabytes) {}
        List<Pdf> pdfs = new ArrayList<>();
        for (List<RenderedReport> languagesOfReport : model.reports().byReport()) {
            List<List<RenderedReport>> editionsOfReport = new ArrayList<>();
            languagesOfReport.forEach(one -> editionsOfReport.add(List.of(one)));
            if (model.project().site().print().bilingualEdition() && languagesOfReport.size() > 1) {
                editionsOfReport.add(languagesOfReport);
            }
            for (List<RenderedReport> editions : editionsOfReport) {
                for (boolean forPrintShop : withPrintShop ? new boolean[] {false, true} : new boolean[] {false}) {
                    pdfs.add(new Pdf(editions, forPrintShop, PdfBudget.estimateMegabytes(editions)));
                }
            }
        }
        pdfs.sort(Comparator.comparingInt(Pdf::megabytes).reversed()); // stable: equal ones stay in report order
        PdfBudget budget = PdfBudget.ofHeap();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger threads = new AtomicInteger();
        // The stack of the main thread, as the other workers have: openhtmltopdf lays out nested boxes recursively.
        ExecutorService pool = Executors.newFixedThreadPool(PdfBudget.threads(pdfs.size(), Runtime.getRuntime().availableProcessors()),
                job -> new Thread(null, job, "baocao-pdf-" + threads.incrementAndGet(), 8L << 20));
        try {
            List<Callable<Void>> jobs = new ArrayList<>();
            for (Pdf pdf : pdfs) {
                Map<String, Long> sizes = pdf.forPrintShop() ? printShop : readers;
                jobs.add(() -> {
                    int reserved = budget.reserve(pdf.megabytes());
                    try {
                        String path = PrintEdition.path(pdf.editions(), pdf.forPrintShop());
                        writePdf(model, pdf.editions(), pdf.forPrintShop(), out, diagnostics, projectFonts).ifPresent(written -> {
                            sizes.put(path, written.size());
                            if (written.copied()) copied.add(path);
                        });
                    } finally {
                        budget.release(reserved);
                    }
                    progress.pdfs(done.incrementAndGet(), jobs.size());
                    return null;
                });
            }
            progress.pdfs(0, jobs.size());
            for (Future<Void> job : jobs.stream().map(pool::submit).toList()) job.get();
            PdfCache.forProject(model.project().root()).keepOnly(pdfs.stream().map(pdf -> PrintEdition.path(pdf.editions(), pdf.forPrintShop())).toList());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the PDFs", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new PdfSizes(new TreeMap<>(readers), new TreeMap<>(printShop), new TreeSet<>(copied));
    }

    /**
     * Each PDF's size by output path: the readers' PDFs, which the site links to, and the print shop's files; and
     * which of them were copied, the same as last made.
     */
    private record PdfSizes(Map<String, Long> readers, Map<String, Long> printShop, Set<String> copied) {
        static final PdfSizes NONE = new PdfSizes(Map.of(), Map.of(), Set.of());
    }

    /** SOURCE_DATE_EPOCH when set (reproducible builds), else the report's publication date. */
    static Instant pdfDate(Report report) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return report.published().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** An output folder that is a symbolic link stays one: the build replaces the folder it points to. */
    private static Path realWhenLink(Path output) {
        try {
            return Files.isSymbolicLink(output) && Files.isDirectory(output) ? output.toRealPath() : output;
        } catch (IOException e) {
            return output;
        }
    }

    /** Never replace a folder baocao did not write, nor the project itself. */
    private static boolean safeToReplace(Path output, Path project, Diagnostics diagnostics) {
        Path realOutput = realAsFarAsItExists(output);
        Path realProject = realAsFarAsItExists(project);
        for (String read : List.of("content", "templates")) {
            if (realOutput.startsWith(realProject.resolve(read))) {
                diagnostics.error(SourcePosition.wholeFile(output.toString()), Message.OUTPUT_INSIDE_READ_FOLDER, read);
                return false;
            }
        }
        if (realProject.startsWith(realOutput)) {
            diagnostics.error(SourcePosition.wholeFile(output.toString()), Message.OUTPUT_CONTAINS_PROJECT);
            return false;
        }
        try {
            boolean empty = !Files.exists(output) || Files.isDirectory(output) && isEmpty(output);
            if (!empty && !Files.isRegularFile(output.resolve(MARKER))) {
                diagnostics.error(SourcePosition.wholeFile(output.toString()), Message.OUTPUT_NOT_OURS);
                return false;
            }
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile(output.toString()), Message.OUTPUT_UNREADABLE, IoErrors.describe(e));
            return false;
        }
        return true;
    }

    /** The real path of the longest part of {@code path} that exists, the rest appended: for a folder not made yet. */
    private static Path realAsFarAsItExists(Path path) {
        Path existing = path;
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        try {
            return existing == null ? path : existing.toRealPath().resolve(rest).normalize();
        } catch (IOException e) {
            return path;
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static int countPages(Path output) throws IOException {
        try (var files = Files.walk(output)) {
            return (int) files.filter(p -> p.getFileName().toString().equals("index.html")).count();
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
