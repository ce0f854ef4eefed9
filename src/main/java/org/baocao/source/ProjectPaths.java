package org.baocao.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one gate for every file baocao reads from a project or copies into the output: a path belongs to the project
 * only when its real path, every symbolic link followed, lies inside the project's real folder. Comparing the path as
 * typed is not enough: {@code media/evil.png} may be a link to {@code /etc/passwd}.
 */
public final class ProjectPaths {
    /** Where a path leads. */
    public enum Where { INSIDE, OUTSIDE, MISSING }

    private ProjectPaths() {}

    /** Whether {@code file}, links followed, is inside {@code root}; MISSING when it does not exist (or is a broken link). */
    public static Where locate(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root.toAbsolutePath().normalize())) return Where.OUTSIDE;
        if (!Files.exists(absolute)) return Files.isSymbolicLink(absolute) && !danglingInside(root, absolute) ? Where.OUTSIDE : Where.MISSING;
        try {
            return absolute.toRealPath().startsWith(root.toRealPath()) ? Where.INSIDE : Where.OUTSIDE;
        } catch (IOException e) {
            return Where.MISSING;
        }
    }

    /** A link to a file that does not exist yet: missing when it would lead inside the project, else outside. */
    private static boolean danglingInside(Path root, Path link) {
        try {
            return link.getParent().resolve(Files.readSymbolicLink(link)).normalize().startsWith(root.toAbsolutePath().normalize());
        } catch (IOException e) {
            return false;
        }
    }

    public static boolean isInside(Path root, Path file) {
        return locate(root, file) == Where.INSIDE;
    }

    /** The file's bytes, refused with an IOException when it leads outside {@code root}. */
    public static byte[] read(Path root, Path file) throws IOException {
        return Files.readAllBytes(real(root, file));
    }

    /**
     * Copies the file's own bytes (never a link) to {@code target}, refused with an IOException when the source leads
     * outside {@code root}: the last line of defence, after the loader has reported such a file with its position.
     */
    public static void copy(Path root, Path source, Path target, StandardCopyOption... options) throws IOException {
        Files.copy(real(root, source), target, options);
    }

    /** The real path of a file inside {@code root}. */
    public static Path real(Path root, Path file) throws IOException {
        if (locate(root, file) == Where.OUTSIDE) throw new IOException(file + " leads outside the project folder " + root);
        return file.toRealPath();
    }

    /** A symbolic link whose target lies outside the project (or nowhere), as found by {@link #linksOut}. */
    public record LinkOut(Path link, String target) {}

    /** Every link below {@code folder} (not followed) that leads outside {@code root}, in path order. */
    public static List<LinkOut> linksOut(Path root, Path folder) {
        List<LinkOut> found = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(folder) && !isInside(root, folder)) found.add(new LinkOut(folder, target(folder)));
            return found;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() && !isInside(root, file)) found.add(new LinkOut(file, target(file)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // an unreadable folder: the loader reports its files when it needs them
        }
        found.sort((a, b) -> a.link().compareTo(b.link()));
        return found;
    }

    /** The diagnostic for such a link: at the link itself, naming where it leads. */
    public static Diagnostic linkOutDiagnostic(String relativePath, String target) {
        return Diagnostic.error(SourcePosition.wholeFile(relativePath), Message.LINK_OUT_OF_PROJECT.with(target), null);
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString().replace(File.separatorChar, '/');
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The file as named on disk when only its Unicode form differs from the name as typed: macOS saves "ả" decomposed
     * (NFD) while editors type it composed (NFC). {@code file} itself when it exists or no sibling matches.
     */
    public static Path matchingUnicodeForm(Path file) {
        Path folder = file.getParent();
        if (Files.exists(file) || folder == null || file.getFileName() == null || !Files.isDirectory(folder)) return file;
        String wanted = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC).equals(wanted))
                    .findFirst().orElse(file);
        } catch (IOException e) {
            return file;
        }
    }
}
