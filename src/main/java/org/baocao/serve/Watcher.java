package org.baocao.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the project's content/ and templates/ folders, every folder below them included (the JDK watches one folder
 * at a time), and hands out the files changed as batches: an editor's save often touches a file several times.
 */
final class Watcher implements Closeable {
    /** How long the folders must stay quiet before a batch is handed out. */
    static final long QUIET_MILLIS = 30;
    private static final Set<String> WATCHED = Set.of("content", "templates");

    private final Path project;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    Watcher(Path project) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        // The project folder itself, to notice a templates/ folder created while serving.
        folders.put(this.project.register(service, ENTRY_CREATE, ENTRY_DELETE), this.project);
        for (String name : WATCHED) registerTree(this.project.resolve(name));
    }

    /**
     * Blocks until something changed, then until it has been quiet for {@link #QUIET_MILLIS}.
     *
     * @return the changed files (a changed set that cannot be known precisely contains the project folder itself),
     *     or empty once the watcher is closed
     */
    Optional<Set<Path>> next() throws InterruptedException {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            WatchKey key = service.take();
            while (key != null) {
                collect(key, changed);
                key = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            return Optional.empty();
        }
        return Optional.of(changed);
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                changed.add(project);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (folder.equals(project)) {
                String name = path.getFileName().toString();
                if (!WATCHED.contains(name)) continue;
                if (event.kind() == ENTRY_CREATE) registerTree(path);
                changed.add(project);
                continue;
            }
            if (isEditorScratch(path)) continue;
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) registerTree(path);
            changed.add(path);
        }
        if (!key.reset()) folders.remove(key);
    }

    /** Swap files, backups and the like that editors write beside the file being saved. */
    static boolean isEditorScratch(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.endsWith(".tmp") || name.equals("4913");
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) return;
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            // A folder deleted while being registered: its parent's events still tell about it.
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
