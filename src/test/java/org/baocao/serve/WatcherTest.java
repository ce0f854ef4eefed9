package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's file watcher, on real files: what it reports, and what it leaves out. */
class WatcherTest {

    /** The changes reported until {@code expected} is among them (events of one save may come in two batches). */
    private static Set<Path> changesUntil(Watcher watcher, Path expected) throws Exception {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!seen.contains(expected)) {
            if (System.nanoTime() > deadline) throw new AssertionError("never reported " + expected + "; saw " + seen);
            CompletableFuture<Optional<Set<Path>>> next = CompletableFuture.supplyAsync(() -> {
                try {
                    return watcher.next();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                seen.addAll(next.get(20, TimeUnit.SECONDS).orElseThrow());
            } catch (TimeoutException | ExecutionException e) {
                throw new AssertionError("no change reported; saw " + seen, e);
            }
        }
        return seen;
    }

    @Test
    void reportsSavedFilesBelowContentAndNothingOutsideIt(@TempDir Path project) throws Exception {
        Path narrative = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        Files.createDirectories(narrative.getParent());
        Files.writeString(narrative, "# Tổng quan\n");
        Files.createDirectories(project.resolve("output"));
        try (Watcher watcher = new Watcher(project)) {
            Files.writeString(project.resolve("output/index.html"), "<p>built</p>");
            Files.writeString(project.resolve("content/reports/2020/vi/.01-tong-quan.md.swp"), "scratch");
            Files.writeString(narrative, "# Tổng quan, sửa\n");

            Set<Path> changed = changesUntil(watcher, narrative);
            assertTrue(changed.stream().noneMatch(path -> path.startsWith(project.resolve("output"))), "output/ is not watched: " + changed);
            assertTrue(changed.stream().noneMatch(path -> path.getFileName().toString().endsWith(".swp")), "editor scratch: " + changed);
        }
    }

    /**
     * A save seen half done, the file renamed away (or truncated) and written again a little later, as an editor
     * does on a busy machine, is handed out once it is whole: never the deleted or empty file alone.
     */
    @Test
    void waitsForASaveSeenHalfDone(@TempDir Path project) throws Exception {
        Path narrative = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        Files.createDirectories(narrative.getParent());
        Files.writeString(narrative, "# Tổng quan\n");
        try (Watcher watcher = new Watcher(project)) {
            CompletableFuture<Boolean> wholeWhenHandedOut = wholeWhenHandedOut(watcher, narrative);
            Files.delete(narrative);
            Thread.sleep(3 * Watcher.QUIET_MILLIS);
            Files.writeString(narrative, "# Tổng quan, sửa\n");
            assertTrue(wholeWhenHandedOut.get(20, TimeUnit.SECONDS), "the batch was handed out while the file was deleted");

            wholeWhenHandedOut = wholeWhenHandedOut(watcher, narrative);
            Files.writeString(narrative, "");
            Thread.sleep(3 * Watcher.QUIET_MILLIS);
            Files.writeString(narrative, "# Tổng quan, sửa lại\n");
            assertTrue(wholeWhenHandedOut.get(20, TimeUnit.SECONDS), "the batch was handed out while the file was empty");
        }
    }

    /** Whether {@code file} is there and not empty when the watcher hands out its next batch. */
    private static CompletableFuture<Boolean> wholeWhenHandedOut(Watcher watcher, Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                watcher.next().orElseThrow();
                return Files.exists(file) && Files.size(file) > 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void watchesFoldersCreatedWhileServing(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        try (Watcher watcher = new Watcher(project)) {
            Path data = project.resolve("content/reports/2021/data/highlights.yaml");
            Files.createDirectories(data.getParent());
            Files.writeString(data, "members: 1250\n");
            changesUntil(watcher, data);

            // A theme folder started while serving: everything may look different, then each of its files counts.
            Files.createDirectories(project.resolve("templates/assets"));
            changesUntil(watcher, project);
            Path css = project.resolve("templates/assets/site.css");
            Files.writeString(css, "body { color: navy; }\n");
            changesUntil(watcher, css);
        }
    }

    @Test
    void closingEndsTheWait(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content"));
        Watcher watcher = new Watcher(project);
        CompletableFuture<Optional<Set<Path>>> next = CompletableFuture.supplyAsync(() -> {
            try {
                return watcher.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        watcher.close();
        assertEquals(Optional.empty(), next.get(10, TimeUnit.SECONDS));
    }

    @Test
    void editorScratchFiles() {
        for (String name : new String[] {".01-tong-quan.md.swp", "#01-tong-quan.md#", "01-tong-quan.md~", "4913", "x.tmp",
                "01-tong-quan.md___jb_tmp___", "01-tong-quan.md___jb_old___"}) {
            assertTrue(Watcher.isEditorScratch(Path.of("content", name)), name);
        }
        assertFalse(Watcher.isEditorScratch(Path.of("content", "01-tong-quan.md")));
    }
}
