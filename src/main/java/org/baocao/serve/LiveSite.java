package org.baocao.serve;

import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.baocao.build.Loaded;
import org.baocao.build.Pipeline;
import org.baocao.build.RenderCache;
import org.baocao.build.SiteImages;
import org.baocao.image.ImageCache;
import org.baocao.render.MediaFile;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.SitePaths;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * The previewed site, kept up to date: each rebuild re-renders only the reports and languages whose inputs changed
 * (see {@link RenderCache}), writes the pages into a staging folder and moves into the served folder only the files
 * that differ, so the tabs showing other pages are left alone. A rebuild with errors changes nothing: the last good
 * pages stay served. PDFs are made afterwards on a background thread, one report and language at a time.
 */
final class LiveSite implements AutoCloseable {
    /** What one rebuild did, for the terminal. */
    record Rebuild(boolean succeeded, Diagnostics diagnostics, List<String> changed, long millis) {}

    /** Reports what happens in the background. */
    interface Listener {
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
    private final Map<String, String> pageHashes = new HashMap<>();
    private final Map<String, MediaFile> mediaFiles = new HashMap<>();
    private final Map<String, String> mediaStates = new HashMap<>();
    private final ImageCache images;
    private final Map<String, Long> pdfSizes = new ConcurrentHashMap<>();
    /** How long after a rebuild the background PDFs start. */
    private static final long PDF_DELAY_MILLIS = 500;
    private final Set<String> pendingPdfs = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pdfThread;
    private Loaded lastGood;

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
        pipeline.writeFonts(site, project);
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
            return Optional.of(crashed(e, start));
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
        if (relevant.stream().anyMatch(path -> !isNarrativeOrData(path))) cache.clear();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Loaded> loaded = pipeline.load(project, diagnostics, cache);
        if (loaded.isEmpty()) return Optional.of(failed(diagnostics, start));
        Set<String> rendered = cache.renderedByLastLoad();
        List<String> changed = publish(loaded.get(), diagnostics);
        if (changed == null) return Optional.of(failed(diagnostics, start));
        events.ok();
        if (!changed.isEmpty()) events.reload(changed);
        if (pdf) schedulePdfs(rendered);
        return Optional.of(new Rebuild(true, diagnostics, changed, elapsed(start)));
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

    private boolean isNarrativeOrData(Path changed) {
        Path relative = project.relativize(changed.toAbsolutePath().normalize());
        if (relative.getNameCount() != 5 || !relative.startsWith(Path.of("content", "reports"))) return false;
        String name = relative.getFileName().toString();
        String folder = relative.getName(3).toString();
        return folder.equals("data") ? name.endsWith(".yaml") || name.endsWith(".yml") : !folder.equals("media") && name.endsWith(".md");
    }

    /** Writes the pages of {@code model} and moves the changed ones into place; null when the theme failed. */
    private List<String> publish(Loaded model, Diagnostics diagnostics) {
        Path staging;
        try {
            staging = Files.createTempDirectory(work, "staging-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            pipeline.writeSite(model, new OutputFolder(staging), Map.copyOf(pdfSizes), diagnostics);
            if (diagnostics.hasErrors()) return null;
            List<String> changed = syncPages(staging);
            changed.addAll(syncMedia(SiteImages.of(model), diagnostics));
            lastGood = model;
            return changed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(staging);
        }
    }

    /** Moves each staged file that differs from the served one into place; deletes pages no longer written. */
    private List<String> syncPages(Path staging) throws IOException {
        Map<String, String> fresh = new HashMap<>();
        List<String> changed = new ArrayList<>();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String relative = staging.relativize(file).toString().replace('\\', '/');
                String hash = hash(Files.readAllBytes(file));
                fresh.put(relative, hash);
                if (!hash.equals(pageHashes.get(relative))) {
                    Path target = site.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    changed.add(relative);
                }
            }
        }
        for (String gone : pageHashes.keySet()) {
            if (!fresh.containsKey(gone)) {
                Files.deleteIfExists(site.resolve(gone));
                changed.add(gone);
            }
        }
        pageHashes.clear();
        pageHashes.putAll(fresh);
        return changed;
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
                    refreshPages();
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

    /** Pages again from the last good model: a new PDF changes its download link's size. */
    private synchronized void refreshPages() {
        Diagnostics ignored = new Diagnostics();
        List<String> changed = publish(lastGood, ignored);
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
        pdfThread.shutdownNow();
        try {
            pdfThread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(work);
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
