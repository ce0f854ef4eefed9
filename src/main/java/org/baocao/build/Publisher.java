package org.baocao.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import org.baocao.source.ToolLanguage;

/**
 * Builds go into a fresh folder next to the output folder and take its place only when everything succeeded:
 * a failed build leaves the previous site exactly as it was, and files of earlier builds never linger.
 * One build at a time publishes into an output folder (a lock file beside it), and each build first tidies what a
 * build killed half-way left: its staging folder, or the previous site moved aside but not yet replaced.
 */
public final class Publisher {
    private Publisher() {}

    /** Another build holds the output folder's lock: {@code holder} is its process id, "?" when unknown. */
    public static final class Busy extends Exception {
        private final String holder;

        Busy(String holder) {
            super("output folder locked by process " + holder, null, false, false);
            this.holder = holder;
        }

        public String holder() {
            return holder;
        }
    }

    /** The output folder's lock, held from staging to publishing. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** The lock file of {@code output}: beside it, as the output folder itself is replaced. */
    static Path lockFile(Path output) {
        Path target = output.toAbsolutePath().normalize();
        return target.getParent().resolve("." + target.getFileName() + ".lock");
    }

    /** Takes the output folder's lock, waiting up to {@code wait} for another build to finish. */
    public static Lock lock(Path output, Duration wait) throws IOException, Busy {
        Path file = lockFile(output);
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another build in this same process
                }
                if (lock != null) {
                    channel.truncate(0).write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                    return new Lock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    String holder = Files.readString(file, StandardCharsets.US_ASCII).strip();
                    channel.close();
                    throw new Busy(holder.matches("\\d+") ? holder : "?");
                }
                Thread.sleep(100);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new Busy("?");
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /**
     * With the lock held, no other build is running: every staging folder left beside {@code output} is from a build
     * that was killed, and is deleted; a previous site moved aside by a build killed between its two renames is put
     * back when {@code output} is missing, and deleted otherwise.
     */
    public static void tidy(Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        if (!Files.isDirectory(target.getParent())) return;
        String name = target.getFileName().toString();
        List<Path> siblings;
        try (Stream<Path> entries = Files.list(target.getParent())) {
            siblings = entries.toList();
        }
        for (Path sibling : siblings) {
            if (sibling.getFileName().toString().startsWith("." + name + ".building-")) discard(sibling);
        }
        List<Path> previous = siblings.stream().filter(p -> p.getFileName().toString().startsWith("." + name + ".previous-"))
                .sorted(Comparator.comparing(Publisher::modified).reversed()).toList();
        for (Path aside : previous) {
            if (!Files.exists(target) && Files.isRegularFile(aside.resolve(Pipeline.MARKER))) move(aside, target);
            else discard(aside);
        }
    }

    private static long modified(Path path) {
        try {
            return Files.getLastModifiedTime(path).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A new empty staging folder beside {@code output}, on the same disk so the final move is a rename; its name
     * holds the build's process id, so that a leftover can be traced.
     */
    public static Path stage(Path output) throws IOException {
        Path parent = output.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempDirectory, which makes the folder private to its owner: the site is for everyone, with
        // the permissions the user's umask gives any new folder (0755 under the usual 022).
        return Files.createDirectory(parent.resolve("." + output.getFileName() + ".building-" + ProcessHandle.current().pid()
                + "-" + UUID.randomUUID()));
    }

    /** Replaces {@code output} by {@code staged}; when the second rename fails, the previous site goes back. */
    public static void publish(Path staged, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(previous);
            move(target, previous);
        }
        try {
            move(staged, target);
        } catch (IOException e) {
            if (previous != null) move(previous, target);
            throw e;
        }
        // A previous site that cannot be deleted (read-only files) is harmless: the next build tidies it.
        if (previous != null) discard(previous);
    }

    public static void discard(Path staged) {
        try {
            delete(staged);
        } catch (IOException ignored) {
            // A leftover hidden folder is harmless; the next build tidies it.
        }
    }

    /** An I/O failure in plain words: the catalog entry, and its first argument (the second is the output's name). */
    public record Failure(Message message, String argument) {}

    public static Failure describe(Exception failure) {
        IOException e = failure instanceof UncheckedIOException u ? u.getCause() : failure instanceof IOException io ? io : new IOException(failure);
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(e.getMessage());
        if (reason.contains("No space left") || reason.contains("Disk quota") || reason.contains("not enough space")) {
            return new Failure(Message.OUTPUT_DISK_FULL, "");
        }
        // "Operation not permitted" (EPERM): a folder made immutable (chattr +i), which even root cannot write.
        if (e instanceof AccessDeniedException || reason.contains("Read-only file system") || reason.contains("Permission denied")
                || reason.contains("Operation not permitted")) {
            return new Failure(Message.OUTPUT_ACCESS_DENIED, e instanceof FileSystemException fs && fs.getFile() != null ? folderToFix(fs.getFile()) : reason);
        }
        return new Failure(Message.OUTPUT_WRITE_FAILED, IoErrors.describe(e).in(ToolLanguage.current()));
    }

    /** The folder the user can make writable: not the hidden staging folder baocao failed to create, but the one around it. */
    private static String folderToFix(String denied) {
        Path path = Path.of(denied);
        boolean staging = path.getFileName() != null && path.getFileName().toString().matches("\\..+\\.(building|previous)-.*");
        return staging && path.getParent() != null ? path.getParent().toString() : denied;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
