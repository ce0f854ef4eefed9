package org.baocao.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A text file of the project as baocao reads it: UTF-8, without BOM, LF line ends and NFC,
 * so that positions in diagnostics and every rendered character are the same on every machine.
 *
 * <p>A value: two files are equal when their paths and texts are. Where each line starts is noted on first use, as
 * every YAML value's position may quote its line; a line's text is cut from the file's when asked for, so that the
 * file's text is held once (a list of its lines, kept for the build, doubled a large data set's memory).
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private volatile int[] lineStarts;

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
        return new SourceFile(path, normalize(utf8(bytes)));
    }

    /**
     * The bytes read as UTF-8, refused when they are not. Decoded the quick way first: a malformed sequence comes out
     * as U+FFFD, and only a text with one is decoded again by the strict decoder, which says whether it was written so.
     */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** BOM dropped, CRLF and CR made LF, NFC: the one form of text the rest of baocao sees. */
    public static String normalize(String text) {
        String s = withLineFeeds(text.startsWith("\uFEFF") ? text.substring(1) : text);
        return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** CRLF and CR made LF. */
    static String withLineFeeds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines, as {@link String#lines()} splits them, each cut from the text when read. */
    public List<String> lines() {
        int[] starts = lineStarts();
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                Objects.checkIndex(index, starts.length);
                return line(index + 1);
            }

            @Override
            public int size() {
                return starts.length;
            }
        };
    }

    /** Where the character at {@code offset} of the text is written: its line and column, both from 1. */
    public SourcePosition positionAt(int offset) {
        int[] starts = lineStarts();
        int found = Arrays.binarySearch(starts, offset);
        int line = found >= 0 ? found : -found - 2;
        return SourcePosition.of(this, line + 1, offset - starts[line] + 1);
    }

    /** The 1-based line, or "" when out of range. */
    public String line(int number) {
        int[] starts = lineStarts();
        if (number < 1 || number > starts.length) return "";
        int start = starts[number - 1];
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') end++;
        return text.substring(start, end);
    }

    /** Where each line starts: after a \n, a \r or a \r\n, as {@link String#lines()} breaks them. */
    private int[] lineStarts() {
        int[] indexed = lineStarts;
        if (indexed != null) return indexed;
        int[] starts = new int[16];
        int count = 0;
        int i = 0;
        while (i < text.length()) {
            if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
            starts[count++] = i;
            while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
            if (i < text.length()) i += text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        }
        indexed = Arrays.copyOf(starts, count);
        lineStarts = indexed;
        return indexed;
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
