package org.baocao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** A folder the build writes into; every path given is relative and stays inside it. Thread-safe. */
public final class OutputFolder {
    private final Path root;
    /** Where written files go instead of the disk, by path relative to root; null for the disk. */
    private final Map<String, byte[]> memory;

    public OutputFolder(Path root) {
        this(root, null);
    }

    private OutputFolder(Path root, Map<String, byte[]> memory) {
        this.root = root.toAbsolutePath().normalize();
        this.memory = memory;
    }

    /**
     * A folder whose {@link #write written} files go into {@code files} (thread-safe), by path relative to
     * {@code root}, not to disk: the preview keeps its pages in memory. Copies still go to disk below root.
     */
    public static OutputFolder inMemory(Path root, Map<String, byte[]> files) {
        return new OutputFolder(root, files);
    }

    public Path root() {
        return root;
    }

    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) throw new IllegalArgumentException("path leaves the output folder: " + relative);
        return path;
    }

    public void write(String relative, String text) {
        write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relative, byte[] bytes) {
        Path path = resolve(relative);
        if (memory != null) {
            memory.put(root.relativize(path).toString().replace('\\', '/'), bytes);
            return;
        }
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with the permissions of a new file, not the source's: an image saved private is published readable. */
    public void copy(Path source, String relative) {
        Path path = resolve(relative);
        try (InputStream in = Files.newInputStream(source)) {
            Files.createDirectories(path.getParent());
            Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
