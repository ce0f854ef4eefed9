package org.baocao.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Where a file stops being UTF-8. Files are often UTF-8 up to a paragraph pasted from an old document, so the
 * diagnostic points at the first byte that is not UTF-8 and shows its line as the guessed legacy encoding reads it:
 * the text the user typed, not the garbage an editor shows for it.
 */
final class Utf8Errors {
    private Utf8Errors() {}

    /**
     * @param guess the file's likely encoding, or null: the line is then shown as UTF-8 with U+FFFD for each bad byte
     * @return the line of the first byte that is not UTF-8 (LF bytes before it, plus one), and its column in the
     *         line as shown: the characters up to and including the one that byte starts
     */
    static SourcePosition firstError(String path, byte[] bytes, LegacyEncoding guess) {
        int offset = firstInvalidByte(bytes);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        if (lineStart == 0 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            lineStart = 3; // a UTF-8 byte order mark is no character of the line
        }
        int lineEnd = offset;
        while (lineEnd < bytes.length && bytes[lineEnd] != '\n' && bytes[lineEnd] != '\r') lineEnd++;
        String shown = decode(Arrays.copyOfRange(bytes, lineStart, lineEnd), guess);
        int column = decode(Arrays.copyOfRange(bytes, lineStart, Math.min(offset + 1, bytes.length)), guess).length();
        return new SourcePosition(path, line, column, shown);
    }

    /** The offset of the first byte that does not belong to a well-formed UTF-8 sequence; the length if none. */
    static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more UTF-16 units than it has bytes.
        CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String decode(byte[] bytes, LegacyEncoding guess) {
        return guess != null ? guess.decode(bytes) : Normalizer.normalize(new String(bytes, StandardCharsets.UTF_8), Normalizer.Form.NFC);
    }
}
