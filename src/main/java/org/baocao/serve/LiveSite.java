package org.baocao.serve;

import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baocao.build.Loaded;
import org.baocao.build.Pipeline;
import org.baocao.build.RenderCache;
import org.baocao.build.SiteImages;
import org.baocao.concurrent.Workers;
import org.baocao.image.ImageCache;
import org.baocao.render.MediaFile;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.SitePaths;
import org.baocao.render.html.SiteWriter;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * The previewed site, kept up to date. The watcher says which files changed, so a rebuild forgets only what depends
 * on them (see {@link #forgetWhatChanged}): a narrative, its report in that language; a data set, the reports whose
 * files name it; media, their report; anything else (site.yaml, report.yaml, interface strings, the theme), every
 * report. Only those reports are rendered and checked again, and only their pages are written again, in memory: a
 * page whose bytes did not change is not reloaded, so the tabs showing other pages are left alone. A rebuild with
 * errors changes nothing: the last good pages stay served. Media, fonts and PDFs are files of the site folder; PDFs
 * are made afterwards on a background thread, one report and language at a time, and each rewrites only the pages
 * that link to it.
 */
final class LiveSite implements AutoCloseable {
    /** What one rebuild did, for the terminal. */
    record Rebuild(boolean succeeded, Diagnostics diagnostics, List<String> changed, long millis) {}

    /** Reports what happens in the background. */
    interface Listener {
        /**
         * During the first build: these reports' pages are served, {@code millis} after it began; {@code reportsLeft}
         * others are still to be rendered.
         */
        default void reportsShown(List<String> reportIds, int reportsLeft, long millis) {}

        void pdfWritten(String path, long millis);

        void pdfFailed(String path, Diagnostics diagnostics);
    }

    private final Path project;
    private final Path work;
    private final OutputFolder site;
    private final Pipeline pipeline;
    private final boolean pdf;
    private final Events events;
    private final Listener listener;
    private final RenderCache cache = new RenderCache();
    /** The pages and other files the site writer makes, by path relative to the site folder: what is served first. */
    private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
    /** "reportId/language" of each rendering made again since the last good rebuild: its pages are to be written again. */
    private final Set<String> unpublished = new HashSet<>();
    /** Whether every page is to be written again: nothing is published yet, or a rebuild crashed. */
    private boolean republishAll = true;
    private final Map<String, MediaFile> mediaFiles = new HashMap<>();
    private final Map<String, String> mediaStates = new HashMap<>();
    private final ImageCache images;
    private final Map<String, Long> pdfSizes = new ConcurrentHashMap<>();
    /** How long after a rebuild the background PDFs start. */
    private static final long PDF_DELAY_MILLIS = 500;
    private final Set<String> pendingPdfs = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pdfThread;
    private Loaded lastGood;
    /** The pages the current rebuild wrote and reloaded before publishing the rest (see showRendered). */
    private final List<String> shownEarly = new ArrayList<>();
    /** What a request waits for during the first build (see firstBuild). */
    private final FirstPages firstPages = new FirstPages();

    /** @param work an empty folder for this preview only; the site is served from its site/ folder */
    LiveSite(Path project, Path work, Pipeline pipeline, boolean pdf, Events events, Listener listener) throws IOException {
        this.project = project;
        this.work = work;
        this.site = new OutputFolder(Files.createDirectories(work.resolve("site")));
        this.pipeline = pipeline;
        this.pdf = pdf;
        this.events = events;
        this.listener = listener;
        this.images = ImageCache.forProject(project);
        this.pdfThread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "baocao-serve-pdf");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
    }

    Path siteFolder() {
        return site.root();
    }

    /**
     * @param changedSources the files changed since the last rebuild; any that is not a narrative or a data set
     *     (report.yaml, site.yaml, interface strings, the theme, media) makes every report render again
     */
    synchronized Optional<Rebuild> rebuild(Collection<Path> changedSources) {
        long start = System.nanoTime();
        try {
            return rebuildOnce(changedSources);
        } catch (Throwable e) { // NOPMD: whatever one rebuild meets, the preview goes on watching
            cache.clear();
            republishAll = true;
            return Optional.of(crashed(e, start));
        } finally {
            firstPages.ended();
        }
    }

    /**
     * The first build, whose pages are served as soon as they are written: the reports listed and the pages of no one
     * report first (the home page, the archives), then the reports rendered a few at a time, those whose pages or
     * images are asked for first ({@link FirstPages}), each one's pages and images written as soon as it is rendered;
     * then the whole site is loaded, checked and published as at any rebuild, every rendering taken from the cache.
     * So the first page of a large project waits for its own report, not for the whole site. A rendering with errors
     * stops this early serving: the whole build that follows reports the errors, as ever.
     */
    synchronized Rebuild firstBuild() {
        long start = System.nanoTime();
        // The fonts every page loads, written while the project is read, which keeps one core busy, mostly.
        Future<Void> fonts = Workers.inBackground("fonts", () -> {
            pipeline.writeFonts(site, project);
            return null;
        });
        try {
            shownEarly.clear();
            Set<String> renderedFirst = renderReportByReport(fonts, start);
            Workers.result(fonts);
            return loadAndPublish(start, renderedFirst);
        } catch (Throwable e) { // NOPMD: whatever the first build meets, the preview goes on watching
            cache.clear();
            republishAll = true;
            return crashed(e, start);
        } finally {
            firstPages.ended();
        }
    }

    /**
     * The early part of {@link #firstBuild}: writes into {@code shownEarly} what it serves; returns the renderings it
     * made ("reportId/language").
     */
    private Set<String> renderReportByReport(Future<Void> fonts, long start) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Loaded> listed = pipeline.loadUnrendered(project, diagnostics, cache);
        if (listed.isEmpty()) return Set.of();
        Loaded model = listed.get();
        Workers.result(fonts);
        Map<String, byte[]> written = new ConcurrentHashMap<>();
        // Its search index and sitemap list no section yet: the whole build's publish writes them again.
        pipeline.writeSite(model, OutputFolder.inMemory(site.root(), written), Map.copyOf(pdfSizes), one -> false, diagnostics);
        Set<String> imagesWritten = new HashSet<>();
        writeNewImages(model, imagesWritten, diagnostics);
        if (diagnostics.hasErrors()) return Set.of();
        serveEarly(written);
        firstPages.listed(model.reports().reportIds());
        List<String> remaining = new ArrayList<>(model.reports().reportIds());
        // As many reports at once as keep every core busy, so that one asked for meanwhile comes soon.
        int atOnce = Math.max(1, Runtime.getRuntime().availableProcessors() / model.project().site().languages().all().size());
        while (!remaining.isEmpty()) {
            List<String> next = firstPages.next(remaining, atOnce);
            model = pipeline.render(model, next, diagnostics, cache);
            if (diagnostics.hasErrors()) break;
            written.clear();
            SiteWriter writer = new SiteWriter(model.project(), model.theme(), model.messages(), OutputFolder.inMemory(site.root(), written), diagnostics);
            for (String report : next) {
                for (RenderedReport one : model.reports().languagesOf(report)) writer.writeReportPages(one, model.reports(), Map.copyOf(pdfSizes));
            }
            writeNewImages(model, imagesWritten, diagnostics);
            if (diagnostics.hasErrors()) break;
            serveEarly(written);
            firstPages.shown(next);
            listener.reportsShown(List.copyOf(next), remaining.size(), elapsed(start));
        }
        return cache.renderedByLastLoad();
    }

    private void serveEarly(Map<String, byte[]> written) {
        pages.putAll(written);
        shownEarly.addAll(written.keySet());
    }

    /**
     * Writes the files of the images of {@code model} not in {@code done} yet (by their paths in the site), adding
     * them to it. The publish that ends the first build writes them again (from the image cache) and reports their
     * problems.
     */
    private void writeNewImages(Loaded model, Set<String> done, Diagnostics diagnostics) {
        for (MediaFile image : SiteImages.of(model).values()) {
            if (!done.add(image.target())) continue;
            SiteImages.write(image, project, site, images, diagnostics);
            shownEarly.addAll(SiteImages.paths(image));
        }
    }

    /** A rebuild that failed outside the content's diagnostics (a bug, or memory or stack exhausted): shown over the page. */
    Rebuild crashed(Throwable e, long start) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(SourcePosition.wholeFile("content"), Message.SERVE_REBUILD_CRASHED, String.valueOf(e));
        return failed(diagnostics, start);
    }

    private Optional<Rebuild> rebuildOnce(Collection<Path> changedSources) {
        List<Path> relevant = changedSources.stream().filter(path -> !isIgnored(path)).toList();
        if (relevant.isEmpty()) return Optional.empty();
        long start = System.nanoTime();
        forgetWhatChanged(relevant);
        shownEarly.clear();
        return Optional.of(loadAndPublish(start, Set.of()));
    }

    /** @param renderedBefore the renderings made for this build before the load ("reportId/language"): their PDFs too */
    private Rebuild loadAndPublish(long start, Set<String> renderedBefore) {
        Diagnostics diagnostics = new Diagnostics();
        // After a good rebuild, the pages of what was rendered again are shown before the checks and the rest of the
        // site; after a failed one, the renderings it made are shown with the rest (see pagesToWrite).
        boolean showEarly = !republishAll && unpublished.isEmpty();
        Optional<Loaded> loaded = pipeline.load(project, diagnostics, cache, showEarly ? this::showRendered : model -> {});
        Set<String> rendered = new HashSet<>(cache.renderedByLastLoad());
        rendered.addAll(renderedBefore);
        unpublished.addAll(rendered);
        if (loaded.isEmpty()) return failed(diagnostics, start);
        Set<String> pagesOf = republishAll ? Set.of() : pagesToWrite(loaded.get());
        List<String> published = publish(loaded.get(), republishAll ? one -> true : one -> pagesOf.contains(key(one)), diagnostics);
        if (published == null) return failed(diagnostics, start);
        Set<String> changed = new TreeSet<>(published);
        changed.addAll(shownEarly);
        unpublished.clear();
        republishAll = false;
        events.ok();
        if (!published.isEmpty()) events.reload(published);
        if (pdf) schedulePdfs(rendered);
        return new Rebuild(true, diagnostics, List.copyOf(changed), elapsed(start));
    }

    /**
     * Writes and reloads the pages of the one report rendered again, as soon as it is: the edited page does not wait
     * for the checks, the other languages' pages, the archives and the search index, which the publish that follows
     * writes (and the edited pages again, unchanged then, so not reloaded twice). A page shown here stays when a
     * check then finds an error, under the error's message. Not when several reports were rendered again (a data set
     * named by many, say): their pages would be written twice.
     */
    private void showRendered(Loaded model) {
        Set<String> keys = cache.renderedByLastLoad();
        if (keys.isEmpty() || keys.stream().map(key -> key.substring(0, key.lastIndexOf('/'))).distinct().count() > 1) return;
        Map<String, byte[]> written = new HashMap<>();
        // The publish that follows writes these pages again and reports what went wrong.
        Diagnostics ignored = new Diagnostics();
        SiteWriter writer = new SiteWriter(model.project(), model.theme(), model.messages(), OutputFolder.inMemory(site.root(), written), ignored);
        var languages = model.project().site().languages();
        for (String key : keys) {
            String language = key.substring(key.lastIndexOf('/') + 1);
            if (!languages.contains(language)) return;
            model.reports().find(key.substring(0, key.lastIndexOf('/')), languages.get(language)).ifPresent(one -> {
                Set<String> edited = editedSections(model, one);
                if (edited.isEmpty()) {
                    writer.writeReportPages(one, model.reports(), Map.copyOf(pdfSizes));
                } else {
                    writer.writeSectionPages(one, model.reports(), Map.copyOf(pdfSizes), edited::contains);
                }
            });
        }
        if (ignored.hasErrors()) return;
        List<String> changed = new ArrayList<>();
        written.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, pages.get(path))) changed.add(path);
        });
        if (changed.isEmpty()) return;
        changed.forEach(path -> pages.put(path, written.get(path)));
        Collections.sort(changed);
        shownEarly.addAll(changed);
        events.reload(changed);
    }

    /**
     * The sections of {@code one} whose text differs from the last good load's, when only their pages can differ:
     * the report's outline (its sections' addresses, titles and summaries, which every page lists) is unchanged.
     * Empty when all its pages are to be written. Only a first guess: the publish that follows writes every page of
     * the report and reloads any other that changed.
     */
    private Set<String> editedSections(Loaded model, RenderedReport one) {
        String report = one.report().id();
        if (lastGood == null || !outline(model, report, one.language()).equals(outline(lastGood, report, one.language()))) return Set.of();
        Optional<RenderedReport> before = lastGood.reports().find(report, model.project().site().languages().get(one.language()));
        if (before.isEmpty()) return Set.of();
        Set<String> edited = new HashSet<>();
        for (RenderedSection section : one.sections()) {
            Optional<RenderedSection> was = before.get().section(section.section().key());
            if (was.isEmpty() || !was.get().html().equals(section.html())) edited.add(section.section().key());
        }
        return edited;
    }

    /**
     * The renderings made again, and the other languages of their reports when the sections' titles, summaries or
     * addresses changed: a page links to its translations, and a report's contents list names a section not
     * translated yet in its own language.
     */
    private Set<String> pagesToWrite(Loaded model) {
        Set<String> keys = new HashSet<>(unpublished);
        for (String key : unpublished) {
            String report = key.substring(0, key.lastIndexOf('/'));
            String language = key.substring(key.lastIndexOf('/') + 1);
            if (!outline(model, report, language).equals(outline(lastGood, report, language))) {
                model.reports().languagesOf(report).forEach(one -> keys.add(key(one)));
            }
        }
        return keys;
    }

    /** Each section's key, and its address, title and summary in one language: what other languages' pages show of it. */
    private static List<String> outline(Loaded model, String reportId, String language) {
        return model.project().reports().stream().filter(report -> report.id().equals(reportId)).flatMap(report -> report.sections().stream())
                .map(section -> section.key() + section.in(language).map(n -> "\n" + n.slug() + "\n" + n.title() + "\n" + n.summary().orElse("")).orElse(""))
                .toList();
    }

    private static String key(RenderedReport one) {
        return one.report().id() + "/" + one.language();
    }

    /**
     * Tells the cache what the changed files make it forget. A narrative that was there before and still is: its
     * report in its language (and the report's checks); one added or deleted: its report, whose sections changed. A
     * data set: its report and every report whose files name it, since a figure may be printed or compared in any
     * report. Media: its report. Anything else: everything.
     */
    private void forgetWhatChanged(List<Path> changed) {
        for (Path path : changed) {
            Path relative = project.relativize(path.toAbsolutePath().normalize());
            cache.forgetFile(relative.toString().replace('\\', '/'));
            if (relative.getNameCount() != 5 || !relative.startsWith(Path.of("content", "reports"))) {
                cache.clear();
                republishAll = true;
                return;
            }
            String report = relative.getName(2).toString();
            String folder = relative.getName(3).toString();
            String name = relative.getFileName().toString();
            if (folder.equals("data")) {
                cache.forget(report);
                reportsNaming(name.contains(".") ? name.substring(0, name.indexOf('.')) : name).forEach(cache::forget);
            } else if (folder.equals("media")) {
                cache.forget(report);
            } else if (name.endsWith(".md") && Files.isRegularFile(path) && wasNarrative(relative)) {
                cache.forget(report, folder, name.substring(0, name.length() - ".md".length()));
            } else if (name.endsWith(".md")) {
                cache.forget(report);
            } else {
                cache.clear();
                republishAll = true;
                return;
            }
        }
    }

    /** Whether the last good model had a narrative at this path: not a section added since. */
    private boolean wasNarrative(Path relative) {
        if (lastGood == null) return false;
        String path = relative.toString().replace('\\', '/');
        return lastGood.project().reports().stream().flatMap(r -> r.sections().stream())
                .flatMap(section -> section.narratives().values().stream()).anyMatch(n -> n.file().path().equals(path));
    }

    /**
     * The reports with a text file naming {@code dataSet} as a word, or with a data file that cannot be read as text
     * (a spreadsheet, whose cells may name it).
     */
    private Set<String> reportsNaming(String dataSet) {
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(dataSet) + "(?![\\p{L}\\p{N}_])");
        Set<String> naming = new HashSet<>();
        try (Stream<Path> folders = Files.list(project.resolve("content").resolve("reports"))) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(folder)) {
                    if (files.filter(Files::isRegularFile).anyMatch(file -> names(file, word, folder))) {
                        naming.add(folder.getFileName().toString());
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // The load reports what cannot be read; meanwhile every report is forgotten, to be sure.
            cache.clear();
        }
        return naming;
    }

    private static boolean names(Path file, Pattern word, Path reportFolder) {
        String name = file.getFileName().toString();
        boolean text = name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
        if (!text) return reportFolder.relativize(file).startsWith("data");
        try {
            return word.matcher(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true;
        }
    }

    private Rebuild failed(Diagnostics diagnostics, long start) {
        List<Diagnostic> all = diagnostics.sorted();
        events.problems(all.stream().filter(Diagnostic::isError).map(Diagnostic::format).toList(),
                all.stream().filter(d -> !d.isError()).map(Diagnostic::format).toList());
        return new Rebuild(false, diagnostics, List.of(), elapsed(start));
    }

    /**
     * A file without an extension, such as the temporary file "sed -i" or an editor writes before renaming it over
     * the real one: baocao reads no such file, and the rename is an event of its own.
     */
    private static boolean isIgnored(Path changed) {
        return !Files.isDirectory(changed) && !changed.getFileName().toString().contains(".");
    }

    /**
     * Writes in memory the pages of the reports {@code pagesOf} accepts and the pages of no one report, and serves
     * those whose bytes changed; the pages no longer written go. Null when the theme failed.
     */
    private List<String> publish(Loaded model, Predicate<RenderedReport> pagesOf, Diagnostics diagnostics) {
        Map<String, byte[]> written = new ConcurrentHashMap<>();
        pipeline.writeSite(model, OutputFolder.inMemory(site.root(), written), Map.copyOf(pdfSizes), pagesOf, diagnostics);
        if (diagnostics.hasErrors()) return null;
        List<String> keptFolders = model.reports().byReport().stream().flatMap(List::stream).filter(pagesOf.negate())
                .map(one -> SitePaths.report(one.language(), one.report())).toList();
        List<String> changed = new ArrayList<>();
        written.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, pages.get(path))) changed.add(path);
        });
        pages.putAll(written);
        for (String path : List.copyOf(pages.keySet())) {
            if (!written.containsKey(path) && keptFolders.stream().noneMatch(path::startsWith)) {
                pages.remove(path);
                changed.add(path);
            }
        }
        try {
            changed.addAll(syncMedia(SiteImages.of(model), diagnostics));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastGood = model;
        Collections.sort(changed);
        return changed;
    }

    /**
     * The page or other file the site writer made at {@code path}, relative to the site folder; null if none. During
     * the first build, waits until it is written if it is to be (see {@link FirstPages}).
     */
    byte[] page(String path) {
        try {
            firstPages.await(path, written -> pages.containsKey(written) || Files.isRegularFile(site.resolve(written)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return pages.get(path);
    }

    /**
     * Writes an image's files only when the image is new or its file changed, so large photos are not processed at
     * every edit; the image cache makes even those writes cheap when the bytes were seen before.
     */
    private List<String> syncMedia(Map<String, MediaFile> media, Diagnostics diagnostics) throws IOException {
        List<String> changed = new ArrayList<>();
        Map<String, String> states = new HashMap<>();
        for (Map.Entry<String, MediaFile> entry : media.entrySet()) {
            MediaFile image = entry.getValue();
            String state = image.source() + "|" + Files.size(image.source()) + "|" + Files.getLastModifiedTime(image.source());
            states.put(entry.getKey(), state);
            if (!state.equals(mediaStates.get(entry.getKey()))) {
                SiteImages.write(image, project, site, images, diagnostics);
                changed.addAll(SiteImages.paths(image));
            }
        }
        for (Map.Entry<String, MediaFile> gone : mediaFiles.entrySet()) {
            if (!media.containsKey(gone.getKey())) {
                for (String path : SiteImages.paths(gone.getValue())) {
                    Files.deleteIfExists(site.resolve(path));
                    changed.add(path);
                }
            }
        }
        mediaStates.clear();
        mediaStates.putAll(states);
        mediaFiles.clear();
        mediaFiles.putAll(media);
        return changed;
    }

    private void schedulePdfs(Set<String> reportLanguages) {
        if (reportLanguages.isEmpty()) return;
        pendingPdfs.addAll(reportLanguages);
        // Not at once: the reloading tab needs the processor first, and a burst of saves then makes one PDF.
        pdfThread.schedule(this::writePendingPdfs, PDF_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Each pending PDF from the newest good model, so a PDF queued before another edit shows that edit too. */
    private void writePendingPdfs() {
        Iterator<String> next = pendingPdfs.iterator();
        while (next.hasNext() && !Thread.currentThread().isInterrupted()) {
            String key = next.next();
            next.remove();
            Loaded model;
            synchronized (this) {
                model = lastGood;
            }
            String[] parts = key.split("/", 2);
            var languages = model.project().site().languages();
            RenderedReport one = languages.contains(parts[1]) ? model.reports().find(parts[0], languages.get(parts[1])).orElse(null) : null;
            if (one == null) continue;
            String path = SitePaths.pdf(one.language(), one.report());
            long start = System.nanoTime();
            Diagnostics diagnostics = new Diagnostics();
            try {
                OptionalLong size = pipeline.writePdf(model, one, site, diagnostics);
                if (size.isPresent()) {
                    pdfSizes.put(path, size.getAsLong());
                    refreshPages(one);
                    listener.pdfWritten(path, elapsed(start));
                } else {
                    listener.pdfFailed(path, diagnostics);
                }
            } catch (IOException | RuntimeException e) {
                diagnostics.error(SourcePosition.wholeFile(path), Message.PDF_NOT_WRITTEN, e instanceof IOException io ? IoErrors.describe(io) : String.valueOf(e.getMessage()));
                listener.pdfFailed(path, diagnostics);
            }
            next = pendingPdfs.iterator();
        }
    }

    /** The pages that link to a new PDF, from the last good model: the PDF's report in its language, the archives. */
    private synchronized void refreshPages(RenderedReport withPdf) {
        Diagnostics ignored = new Diagnostics();
        String report = withPdf.report().id();
        List<String> changed = publish(lastGood, one -> one.report().id().equals(report) && one.language().equals(withPdf.language()), ignored);
        if (changed != null && !changed.isEmpty()) events.reload(changed);
    }

    /** For tests and the benchmark: waits until no PDF is pending or being written. */
    boolean awaitPdfs(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var done = pdfThread.submit(() -> pendingPdfs.isEmpty());
            try {
                if (done.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) return true;
                Thread.sleep(20); // a scheduled PDF has not started yet
            } catch (ExecutionException | TimeoutException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public void close() {
        firstPages.ended();
        pdfThread.shutdownNow();
        try {
            pdfThread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(work);
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            // A temporary folder left behind is harmless: the system clears its temporary files.
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
