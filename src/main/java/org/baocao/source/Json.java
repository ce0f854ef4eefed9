package org.baocao.source;

/** JSON strings, for the few places baocao writes JSON: diagnostics, the search index, the preview's events. */
public final class Json {
    private Json() {}

    /**
     * A quoted JSON string that is safe everywhere it goes: on one line (no raw line ends or U+2028/U+2029, which end
     * a line in JavaScript) and inside a script element ('<' escaped, so no "&lt;/script" can close it).
     */
    public static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
