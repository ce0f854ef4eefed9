package org.baocao.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;

/**
 * {@code baocao serve}: builds the site into a temporary folder (output/ is never touched), serves it, and rebuilds
 * it whenever a file of content/ or templates/ changes, telling the open tabs to reload or to show the errors.
 */
public final class Preview implements AutoCloseable {
    /** What the terminal shows. */
    public interface Listener {
        /** The server listens: called before the first build, so the address is the first thing the user reads. */
        default void serving(URI address) {}

        /**
         * During the first build of a project of several reports: the pages of the first ones are served, the
         * {@code reportsLeft} others are still to be rendered. Called once, {@code millis} after the build began.
         */
        default void firstPagesServed(long millis, int reportsLeft) {}

        void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis);

        void pdfWritten(String path, long millis);

        void pdfFailed(String path, Diagnostics diagnostics);
    }

    private final Events events = new Events();
    private final LiveSite site;
    private final SiteServer server;
    private final Watcher watcher;
    private final Thread watching;
    private volatile boolean closed;
    /** Whether the terminal was told the first pages are served. */
    private boolean firstPagesTold;

    private Preview(Path project, InetSocketAddress address, boolean pdf, Pipeline pipeline, Listener listener) throws IOException {
        Path work = Files.createTempDirectory("baocao-serve-");
        LiveSite live = null;
        SiteServer http = null;
        try {
            live = new LiveSite(project, work, pipeline, pdf, events, new LiveSite.Listener() {
                @Override
                public void reportsShown(List<String> reportIds, int reportsLeft, long millis) {
                    if (!firstPagesTold && reportsLeft > 0) listener.firstPagesServed(millis, reportsLeft);
                    firstPagesTold = true;
                }

                @Override
                public void pdfWritten(String path, long millis) {
                    listener.pdfWritten(path, millis);
                }

                @Override
                public void pdfFailed(String path, Diagnostics diagnostics) {
                    listener.pdfFailed(path, diagnostics);
                }
            });
            // Serve at once: a page asked for during the first build is served once its report is rendered.
            http = new SiteServer(live.siteFolder(), live::page, address, events);
            // Watch before the first build, so an edit made during it is not missed.
            this.watcher = new Watcher(project);
        } catch (IOException | RuntimeException e) {
            if (http != null) http.close();
            if (live != null) live.close();
            throw e;
        }
        this.site = live;
        this.server = http;
        this.watching = new Thread(() -> watch(listener), "baocao-serve-watch");
        watching.setDaemon(true);
        try {
            listener.serving(address());
            LiveSite.Rebuild first = live.firstBuild();
            listener.rebuilt(first.succeeded(), first.diagnostics(), first.changed(), first.millis());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        watching.start();
    }

    /**
     * Builds, then serves until {@link #close()}.
     *
     * @param address 127.0.0.1 unless the user asked for another; port 0 takes any free port
     * @param pdf     false never makes the PDFs (faster on a slow machine)
     */
    public static Preview start(Path project, InetSocketAddress address, boolean pdf, Listener listener) throws IOException {
        return start(project, address, pdf, new Pipeline(), listener);
    }

    /** With a {@code pipeline} made beforehand: {@code baocao serve} makes it while picocli reads the command line. */
    public static Preview start(Path project, InetSocketAddress address, boolean pdf, Pipeline pipeline, Listener listener)
            throws IOException {
        return new Preview(project.toAbsolutePath().normalize(), address, pdf, pipeline, listener);
    }

    public URI address() {
        InetSocketAddress bound = server.address();
        String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1" : bound.getAddress().getHostAddress();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** The folder being served, for tests. */
    Path siteFolder() {
        return site.siteFolder();
    }

    /** How many tabs listen for rebuilds, for tests. */
    int openTabs() {
        return events.clientCount();
    }

    /** Waits until no PDF is pending or being written: for tests and the benchmark. */
    public boolean awaitPdfs(Duration timeout) throws InterruptedException {
        return site.awaitPdfs(timeout);
    }

    private void watch(Listener listener) {
        try {
            while (!closed) {
                Optional<Set<Path>> changed = watcher.next();
                if (changed.isEmpty() || closed) return;
                site.rebuild(changed.get()).ifPresent(rebuild ->
                        listener.rebuilt(rebuild.succeeded(), rebuild.diagnostics(), rebuild.changed(), rebuild.millis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops watching and serving, and deletes the temporary site. */
    @Override
    public void close() {
        if (closed) return;
        closed = true;
        try {
            watcher.close();
        } catch (IOException ignored) {
            // Closing stops the watch thread either way.
        }
        server.close();
        try {
            watching.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        site.close();
    }
}
