package org.baocao.serve;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import io.methvin.watcher.visitor.FileTreeVisitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches the project's content/ and templates/ folders, every folder below them included, and hands out the files
 * changed as batches: an editor's save often touches a file several times. directory-watcher gives native events
 * on macOS, where the JDK's own WatchService only polls every few seconds, and the JDK's events elsewhere.
 */
final class Watcher implements Closeable {
    /**
     * How long the folders must stay quiet before a batch is handed out: an editor's save, a write or a write to a
     * temporary file renamed over the real one, takes well under a millisecond.
     */
    static final long QUIET_MILLIS = 10;
    /**
     * How long more when a file of the batch is missing or empty: a save seen half done (the file renamed away or
     * truncated, the new text not written yet), which would otherwise show a deleted page or an empty one.
     */
    static final long HALF_SAVED_MILLIS = 100;
    private static final Set<String> WATCHED = Set.of("content", "templates");
    /** Put in the queue by {@link #close()} to wake {@link #next()}. */
    private static final Path CLOSED = Path.of("");

    private final Path project;
    private final DirectoryWatcher watcher;
    private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    Watcher(Path project) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        // The project folder itself is watched to notice a templates/ folder created while serving; output/, .git/
        // and the like below it are never visited, so never watched.
        this.watcher = DirectoryWatcher.builder()
                .path(this.project)
                .fileTreeVisitor(new OnlyWatched(this.project))
                .fileHashing(false)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(this::collect)
                .build();
        watcher.watchAsync();
    }

    /**
     * Blocks until something changed, then until it has been quiet for {@link #QUIET_MILLIS}, or once for
     * {@link #HALF_SAVED_MILLIS} when a changed file is missing or empty.
     *
     * @return the changed files (a changed set that cannot be known precisely contains the project folder itself),
     *     or empty once the watcher is closed
     */
    Optional<Set<Path>> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        Path path = changes.take();
        boolean waitedForHalfSaved = false;
        while (path != null) {
            if (closed || path == CLOSED) return Optional.empty();
            changed.add(path);
            path = changes.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            if (path == null && !waitedForHalfSaved && changed.stream().anyMatch(Watcher::missingOrEmpty)) {
                waitedForHalfSaved = true;
                path = changes.poll(HALF_SAVED_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
        return Optional.of(changed);
    }

    private static boolean missingOrEmpty(Path path) {
        try {
            return !Files.exists(path) || Files.isRegularFile(path) && Files.size(path) == 0;
        } catch (IOException e) {
            return true;
        }
    }

    private void collect(DirectoryChangeEvent event) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            changes.add(project);
            return;
        }
        Path path = event.path().toAbsolutePath().normalize();
        if (path.equals(project)) return;
        Path relative = project.relativize(path);
        if (!WATCHED.contains(relative.getName(0).toString())) return;
        if (relative.getNameCount() == 1) {
            // content/ or templates/ itself appeared or went: everything may have changed.
            changes.add(project);
            return;
        }
        if (!isEditorScratch(path)) changes.add(path);
    }

    /**
     * Swap files, backups and the like that editors write beside the file being saved: one of them handed out would
     * make the preview render everything again, as for any file it does not know.
     */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913")
                // JetBrains editors' "safe write": the new text beside the file, then renamed over it; the old text.
                || name.endsWith("___jb_tmp___") || name.endsWith("___jb_old___");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        changes.add(CLOSED);
        watcher.close();
    }

    /** Visits the project folder and the trees of content/ and templates/, nothing else of the project. */
    private record OnlyWatched(Path project) implements FileTreeVisitor {
        @Override
        public void recursiveVisitFiles(Path file, Callback onDirectory, Callback onFile) throws IOException {
            Path start = file.toAbsolutePath().normalize();
            if (start.equals(project)) {
                onDirectory.call(start);
                for (String name : WATCHED) {
                    Path tree = project.resolve(name);
                    if (Files.isDirectory(tree)) FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(tree, onDirectory, onFile);
                }
            } else if (start.startsWith(project) && WATCHED.contains(project.relativize(start).getName(0).toString())) {
                FileTreeVisitor.DEFAULT_FILE_TREE_VISITOR.recursiveVisitFiles(start, onDirectory, onFile);
            }
        }
    }
}
