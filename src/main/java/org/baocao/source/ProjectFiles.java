package org.baocao.source;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's text files, reporting unreadable ones as diagnostics with the project-relative path. */
public final class ProjectFiles {
    private final Path root;
    private final Diagnostics diagnostics;

    public ProjectFiles(Path root, Diagnostics diagnostics) {
        this.root = root.toAbsolutePath().normalize();
        this.diagnostics = diagnostics;
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
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile(rel), Message.FILE_UNREADABLE, IoErrors.describe(e));
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

    /** A UTF-16 byte order mark: what Windows Notepad wrote as "Unicode". */
    private static boolean isUtf16(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
    }
}
