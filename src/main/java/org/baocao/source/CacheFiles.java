package org.baocao.source;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** The files of the project's caches (.baocao/cache): anything in them can be made again. */
public final class CacheFiles {
    private CacheFiles() {}

    /**
     * Written beside and moved into place, so that a build running at the same time never reads half a file. A cache
     * that cannot be written (a read-only project folder, a full disk) only makes the next build slower.
     */
    public static void keep(Path file, byte[] bytes) {
        Path partial = file.resolveSibling("." + UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(file.getParent());
            Files.write(partial, bytes);
            try {
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Left for the next build to overwrite: its name is unique and hidden.
            }
        }
    }
}
