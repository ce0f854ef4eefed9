package org.baocao.build;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Builds go into a fresh folder next to the output folder and take its place only when everything succeeded:
 * a failed build leaves the previous site exactly as it was, and files of earlier builds never linger.
 */
public final class Publisher {
    private Publisher() {}

    /** A new empty staging folder beside {@code output}, on the same disk so the final move is a rename. */
    public static Path stage(Path output) throws IOException {
        Path parent = output.toAbsolutePath().normalize().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempDirectory, which makes the folder private to its owner: the site is for everyone, with
        // the permissions the user's umask gives any new folder (0755 under the usual 022).
        return Files.createDirectory(parent.resolve("." + output.getFileName() + ".building-" + UUID.randomUUID()));
    }

    /** Replaces {@code output} by {@code staged}. */
    public static void publish(Path staged, Path output) throws IOException {
        Path target = output.toAbsolutePath().normalize();
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(previous);
            move(target, previous);
        }
        move(staged, target);
        if (previous != null) delete(previous);
    }

    public static void discard(Path staged) {
        try {
            delete(staged);
        } catch (IOException ignored) {
            // A leftover hidden staging folder is harmless; the next build uses a new one.
        }
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
