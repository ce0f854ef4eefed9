package org.baocao.render.pdf;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.baocao.source.CacheFiles;

/**
 * The PDFs of earlier builds, kept in the project's {@code .baocao/cache/pdf/}: a build whose print document, fonts,
 * attachments and code are those a kept PDF was made from, and whose files that PDF loaded (drawings, decorative
 * images) are unchanged, copies it instead of laying it out again. Laying out is most of a PDF's time, and most
 * PDFs of a rebuild are the same: the other language's, the earlier years' reports. Rendering is reproducible (the
 * same input gives the same bytes), so a copy is the PDF the build would have made.
 *
 * <p>One file for each PDF of the output (its path names the file), holding the key, the PDF's own hash, the files
 * it loaded with their hashes, then the PDF: written in one move, so a build running at the same time reads a whole
 * entry or none; a new PDF for the same path replaces the old one, and a build forgets the paths it no longer makes,
 * so the cache holds what the output folder holds.
 */
public final class PdfCache {
    /** Changes whenever an entry's layout changes, so older entries are not read. */
    private static final String HEADER = "baocao pdf cache 2";
    private static final String ABSENT = "-";
    /** A header names the files a PDF loaded, a line each: far more than a report's drawings. */
    private static final int MAX_HEADER_BYTES = 4 << 20;
    private static final HexFormat HEX = HexFormat.of();
    /** The code that makes the PDFs, read once per process: a new version of baocao makes its PDFs again. */
    private static final class Code {
        static final byte[] IDENTITY = identity(classPath(), Runtime.version().toString());
    }

    private final Path folder;

    private PdfCache(Path folder) {
        this.folder = folder;
    }

    /** The project's cache: {@code .baocao/cache/pdf/} in the project folder, outside the output. */
    public static PdfCache forProject(Path projectRoot) {
        return new PdfCache(projectRoot.toAbsolutePath().normalize().resolve(".baocao/cache/pdf"));
    }

    /** Forgets every kept PDF: a benchmark times making them. */
    public void clear() throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) Files.deleteIfExists(entry);
        }
    }

    /** The entry of one PDF of the output, {@code outputPath} such as {@code vi/2023/bao-cao-2023.pdf}. */
    public Slot slot(String outputPath) {
        return new Slot(folder.resolve(entryName(outputPath)));
    }

    /**
     * Forgets the PDFs of every output path but {@code outputPaths}, the PDFs a whole build makes: a report renamed
     * or removed leaves no PDF behind in the cache.
     */
    public void keepOnly(Collection<String> outputPaths) throws IOException {
        if (!Files.isDirectory(folder)) return;
        Set<String> kept = new HashSet<>();
        outputPaths.forEach(path -> kept.add(entryName(path)));
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".pdfcache") && !kept.contains(name)) Files.deleteIfExists(entry);
            }
        }
    }

    private static String entryName(String outputPath) {
        return HEX.formatHex(Sha256.of(outputPath.getBytes(StandardCharsets.UTF_8)), 0, 16) + ".pdfcache";
    }

    /** One PDF's entry. */
    public static final class Slot {
        private final Path file;

        private Slot(Path file) {
            this.file = file;
        }

        /**
         * Copies the kept PDF to {@code target} when it was made from {@code key} (see {@link #key}) and every file
         * it loaded below {@code root} has the content it had then; else writes nothing. A damaged entry is a miss.
         * The PDF is streamed, not read into memory: one with photos may be tens of megabytes.
         *
         * @return whether the PDF was copied
         */
        boolean copyTo(byte[] key, Path root, Path target) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                Optional<List<String>> header = header(in);
                if (header.isEmpty()) return false;
                List<String> lines = header.get();
                if (lines.size() < 3 || !lines.get(0).equals(HEADER) || !lines.get(1).equals(HEX.formatHex(key))) return false;
                for (String loaded : lines.subList(3, lines.size())) {
                    int space = loaded.indexOf(' ');
                    if (space < 0) return false;
                    Optional<String> now = contentHash(root, loaded.substring(space + 1));
                    if (now.isEmpty() || !now.get().equals(loaded.substring(0, space))) return false;
                }
                // The PDF's own hash: an entry cut short or damaged after it was written is never handed on.
                MessageDigest sha = Sha256.digest();
                Files.copy(new DigestInputStream(in, sha), target, StandardCopyOption.REPLACE_EXISTING);
                return lines.get(2).equals(HEX.formatHex(sha.digest()));
            } catch (IOException e) { // no entry, or it went while read: the PDF is made, and overwrites target
                return false;
            }
        }

        /** The header's lines, up to its blank line; empty when there is none within {@link #MAX_HEADER_BYTES}. */
        private static Optional<List<String>> header(InputStream in) throws IOException {
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            int previous = -1;
            for (int c; (c = in.read()) >= 0; previous = c) {
                if (c == '\n' && previous == '\n') return Optional.of(header.toString(StandardCharsets.UTF_8).lines().toList());
                if (header.size() >= MAX_HEADER_BYTES) return Optional.empty();
                header.write(c);
            }
            return Optional.empty();
        }

        /** Keeps {@code pdf}, made from {@code key}, with the files below {@code root} it loaded, as they are now. */
        void keep(byte[] key, Path root, Collection<Path> loaded, byte[] pdf) {
            StringBuilder header = new StringBuilder(HEADER).append('\n').append(HEX.formatHex(key)).append('\n')
                    .append(HEX.formatHex(Sha256.of(pdf))).append('\n');
            Path base = root.toAbsolutePath().normalize();
            for (String relative : new TreeSet<>(loaded.stream().map(path -> base.relativize(path.toAbsolutePath().normalize()))
                    .map(path -> path.toString().replace('\\', '/')).toList())) {
                Optional<String> hash = contentHash(base, relative);
                if (hash.isEmpty()) return; // a name this format cannot hold: better no entry than a wrong one
                header.append(hash.get()).append(' ').append(relative).append('\n');
            }
            byte[] head = header.append('\n').toString().getBytes(StandardCharsets.UTF_8);
            byte[] entry = Arrays.copyOf(head, head.length + pdf.length);
            System.arraycopy(pdf, 0, entry, head.length, pdf.length);
            CacheFiles.keep(file, entry);
        }
    }

    /**
     * What a PDF is made from besides the files it loads: the print document and metadata ({@code document}, a hash
     * of both), the print shop's marks, the attached files, the fonts and this code.
     */
    static byte[] key(byte[] document, PrintShop printShop, List<PdfWriter.Attachment> attachments, FontSet fonts) {
        MessageDigest sha = Sha256.digest();
        sha.update(Code.IDENTITY);
        sha.update(document);
        Sha256.update(sha, String.valueOf(printShop));
        for (PdfWriter.Attachment attachment : attachments) {
            Sha256.update(sha, attachment.fileName());
            Sha256.update(sha, attachment.description());
            Sha256.update(sha, attachment.mimeType());
            sha.update(Sha256.of(attachment.bytes()));
        }
        sha.update(fonts.identity());
        return sha.digest();
    }

    /**
     * The hash of a file below {@code root}, {@link #ABSENT} when there is none; empty for a path that leaves
     * {@code root} or has a line break, which a kept entry cannot name.
     */
    private static Optional<String> contentHash(Path root, String relative) {
        if (relative.indexOf('\n') >= 0 || relative.indexOf('\r') >= 0) return Optional.empty();
        Path base = root.toAbsolutePath().normalize();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(base)) return Optional.empty();
        if (!Files.isRegularFile(file)) return Optional.of(ABSENT);
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = Sha256.digest();
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            return Optional.of(HEX.formatHex(sha.digest()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The code that lays the PDFs out, as files: each entry of the class path by its size and time, a folder (the
     * classes of a development build) by those of every file in it, and the Java runtime's version.
     */
    static byte[] identity(List<Path> classPath, String javaVersion) {
        MessageDigest sha = Sha256.digest();
        Sha256.update(sha, javaVersion);
        for (Path entry : classPath) {
            Sha256.update(sha, entry.toAbsolutePath().normalize().toString());
            try (Stream<Path> files = Files.isDirectory(entry) ? Files.walk(entry) : Stream.of(entry)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    Sha256.update(sha, entry.relativize(file) + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
                }
            } catch (IOException | UncheckedIOException e) {
                Sha256.update(sha, "unreadable " + e); // then this process's own key, which no later process shares
                Sha256.update(sha, String.valueOf(System.nanoTime()));
            }
        }
        return sha.digest();
    }

    private static List<Path> classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) entries.add(Path.of(entry));
        }
        return entries;
    }
}
