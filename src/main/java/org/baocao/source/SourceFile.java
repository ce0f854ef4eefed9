package org.baocao.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

/**
 * A text file of the project as baocao reads it: UTF-8, without BOM, LF line ends and NFC,
 * so that positions in diagnostics and every rendered character are the same on every machine.
 *
 * <p>A value: two files are equal when their paths and texts are. The lines are indexed on first use, as every
 * YAML value's position quotes its line.
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private volatile List<String> lines;

    /** @param path the path relative to the project folder, with '/' separators, as diagnostics print it */
    public SourceFile(String path, String text) {
        this.path = java.util.Objects.requireNonNull(path);
        this.text = java.util.Objects.requireNonNull(text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    /** Decodes raw bytes strictly as UTF-8; invalid bytes throw so the caller can name the encoding found. */
    public static SourceFile decode(String path, byte[] bytes) throws CharacterCodingException {
        String decoded = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return new SourceFile(path, normalize(decoded));
    }

    /** BOM dropped, CRLF and CR made LF, NFC: the one form of text the rest of baocao sees. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    public List<String> lines() {
        List<String> indexed = lines;
        if (indexed == null) {
            indexed = text.lines().toList();
            lines = indexed;
        }
        return indexed;
    }

    /** The 1-based line, or "" when out of range. */
    public String line(int number) {
        List<String> lines = lines();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && file.path.equals(path) && file.text.equals(text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[" + path + "]";
    }
}
