package org.baocao.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A request's path, decoded once and checked before it comes near the file system. */
final class SitePath {
    private SitePath() {}

    /** The percent-decoded path, or null when it is not valid percent-encoded UTF-8. */
    static String decode(String rawPath) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%') {
                if (i + 2 >= rawPath.length()) return null;
                int high = Character.digit(rawPath.charAt(i + 1), 16);
                int low = Character.digit(rawPath.charAt(i + 2), 16);
                if (high < 0 || low < 0) return null;
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * False for anything that could reach outside the site folder: "." or ".." segments, backslashes, NUL, colons
     * (on Windows a drive, "C:", or an NTFS stream, "::$DATA"), and encoded dots or slashes still left after
     * decoding (a double-encoded traversal). The site never needs them.
     */
    static boolean isSafe(String decodedPath) {
        if (decodedPath.indexOf('\0') >= 0 || decodedPath.indexOf('\\') >= 0 || decodedPath.indexOf(':') >= 0
                || decodedPath.contains("//")) return false;
        String lower = decodedPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) return false;
        for (String segment : decodedPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return false;
        }
        return true;
    }
}
