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
 * @param path the path relative to the project folder, with '/' separators, as diagnostics print it
 */
public record SourceFile(String path, String text) {

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
        return text.lines().toList();
    }

    /** The 1-based line, or "" when out of range. */
    public String line(int number) {
        List<String> lines = lines();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
