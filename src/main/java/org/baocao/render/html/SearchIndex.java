package org.baocao.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of every page, written at build time for the client-side search. It is a script rather than JSON
 * because a site opened from disk (file://) may not fetch files, but may always load a script. Only the search
 * page loads it, so other pages stay light.
 */
final class SearchIndex {
    static final String FILE = "search-index.js";

    private record Entry(String language, String path, String title, String context, String summary, String text) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param path    the page's path from the output folder, such as "vi/2020/tong-quan/index.html"
     * @param context where the page belongs, such as the report's title
     */
    void add(String language, String path, String title, String context, String summary, String text) {
        entries.add(new Entry(language, path, title, context, summary == null ? "" : summary, collapse(text)));
    }

    /** @param languageNames by language code, in the site's order */
    String script(Map<String, String> languageNames) {
        StringBuilder js = new StringBuilder("window.baocaoSearchIndex={\"languages\":{");
        languageNames.forEach((code, name) -> js.append(string(code)).append(':').append(string(name)).append(','));
        js.setLength(js.length() - 1);
        js.append("},\"pages\":[\n");
        for (Entry e : entries) {
            js.append("{\"l\":").append(string(e.language())).append(",\"u\":").append(string(e.path()))
                    .append(",\"t\":").append(string(e.title())).append(",\"c\":").append(string(e.context()))
                    .append(",\"s\":").append(string(e.summary())).append(",\"x\":").append(string(e.text())).append("},\n");
        }
        if (!entries.isEmpty()) js.setLength(js.length() - 2);
        return js.append("\n]};\n").toString();
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /** A JSON string that is also safe in a script: no raw line separators, no "</" to end a script element. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '/' -> out.append(i > 0 && text.charAt(i - 1) == '<' ? "\\/" : "/");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
