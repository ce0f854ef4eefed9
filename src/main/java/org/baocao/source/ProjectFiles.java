package org.baocao.source;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the project's text files, reporting unreadable ones as diagnostics with the project-relative path. */
public final class ProjectFiles {
    private final Path root;
    private final Diagnostics diagnostics;
    private final ScannedTexts scanned;

    public ProjectFiles(Path root, Diagnostics diagnostics) {
        this(root, diagnostics, ScannedTexts.none());
    }

    /** @param scanned the texts the text scan decoded in this load, taken instead of reading their files again */
    public ProjectFiles(Path root, Diagnostics diagnostics, ScannedTexts scanned) {
        this.root = root.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
        this.scanned = scanned;
    }

    public Path root() {
        return root;
    }

    /** The path as diagnostics print it: relative to the project, '/' separated. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path rel = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return rel.toString().replace(File.separatorChar, '/');
    }

    /** The file's text, normalised; null (with a diagnostic) when it cannot be read as UTF-8. */
    public SourceFile read(Path file) {
        String rel = relative(file);
        byte[] bytes;
        if (ProjectPaths.locate(root, file) == ProjectPaths.Where.OUTSIDE) {
            diagnostics.add(ProjectPaths.linkOutDiagnostic(rel, linkTarget(file)));
            return null;
        }
        Optional<String> decoded = scanned.take(file);
        if (decoded.isPresent()) return new SourceFile(rel, decoded.get());
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile(rel), Message.FILE_UNREADABLE, IoErrors.describe(e));
            return null;
        }
        // Checked first: UTF-16 of English text is valid UTF-8, with a NUL byte after each letter.
        java.nio.charset.Charset withoutMark = utf16WithoutMark(bytes);
        if (withoutMark != null) {
            String firstLine = new String(bytes, withoutMark).lines().findFirst().orElse("");
            diagnostics.error(new SourcePosition(rel, 1, 1, SourceFile.normalize(firstLine)), Message.FILE_UTF16);
            return null;
        }
        try {
            return SourceFile.decode(rel, bytes);
        } catch (CharacterCodingException e) {
            if (isUtf16(bytes)) {
                String firstLine = new String(bytes, StandardCharsets.UTF_16).lines().findFirst().orElse("");
                diagnostics.error(new SourcePosition(rel, 1, 1, SourceFile.normalize(firstLine)), Message.FILE_UTF16);
                return null;
            }
            LegacyEncoding found = LegacyEncoding.detect(bytes);
            if (found == null) diagnostics.error(Utf8Errors.firstError(rel, bytes, null), Message.FILE_NOT_UTF8);
            else diagnostics.error(Utf8Errors.firstError(rel, bytes, found), Message.FILE_LEGACY_ENCODING, found.label());
            return null;
        }
    }

    private static String linkTarget(Path file) {
        try {
            return Files.isSymbolicLink(file) ? Files.readSymbolicLink(file).toString().replace(File.separatorChar, '/') : file.toRealPath().toString();
        } catch (IOException e) {
            return file.toString();
        }
    }

    /**
     * UTF-16 saved without a byte order mark: text in Latin letters and Vietnamese has a zero byte in every other
     * place, the high byte of each character; null when the bytes do not look like it.
     */
    public static java.nio.charset.Charset utf16WithoutMark(byte[] bytes) {
        int length = Math.min(bytes.length, 4096) & ~1;
        if (length < 4) return null;
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < length; i += 2) {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int pairs = length / 2;
        if (zeroOdd * 10 >= pairs * 6 && zeroEven * 10 < pairs) return StandardCharsets.UTF_16LE;
        if (zeroEven * 10 >= pairs * 6 && zeroOdd * 10 < pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** A UTF-16 byte order mark: what Windows Notepad wrote as "Unicode". */
    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }
}
