package org.baocao.source;

/** JSON strings, for the few places baocao writes JSON: diagnostics, the search index, the preview's events. */
public final class Json {
    private Json() {}

    /**
     * A quoted JSON string that is safe everywhere it goes: on one line (no raw line ends or U+2028/U+2029, which end
     * a line in JavaScript) and inside a script element ('<' escaped, so no "&lt;/script" can close it).
     */
    public static String string(String text) {
        // What lies between two characters to escape is copied as a run, not a character at a time (2% of a large
        // build's samples, the search index's entries).
        char[] chars = text.toCharArray();
        StringBuilder out = new StringBuilder(chars.length + 2).append('"');
        int copied = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') continue;
            out.append(chars, copied, i - copied);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> out.append(String.format("\\u%04x", (int) c));
            }
            copied = i + 1;
        }
        return out.append(chars, copied, chars.length - copied).append('"').toString();
    }
}
