package org.baocao.render.html;

import java.util.ArrayList;
import java.util.List;
import org.baocao.source.Json;

/**
 * The text of every page, written at build time for the client-side search: one script per language, so that a
 * reader's phone downloads the pages of its language only (the search page loads the other languages only when its
 * own has no match). A script rather than JSON because a site opened from disk (file://) may not fetch files, but may
 * always load a script. Only the search page loads it, so other pages stay light.
 */
final class SearchIndex {
    /** The index of one language's pages, from the output's root: {@code search-index.vi.js}. */
    static String file(String language) {
        return "search-index." + language + ".js";
    }

    private record Entry(String language, String path, String title, String context, String summary, String text) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param path    the page's path from the output folder, such as "vi/2020/tong-quan/index.html"
     * @param context where the page belongs, such as the report's title
     */
    void add(String language, String path, String title, String context, String summary, String text) {
        entries.add(new Entry(language, path, title, context, summary == null ? "" : summary, collapse(text)));
    }

    /** Another index's pages, after this one's. */
    void addAll(SearchIndex other) {
        entries.addAll(other.entries);
    }

    /** The script of {@code language}'s pages, which adds them to {@code window.baocaoSearchIndex[language]}. */
    String script(String language, String languageName) {
        StringBuilder js = new StringBuilder("(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[")
                .append(Json.string(language)).append("]={\"name\":").append(Json.string(languageName)).append(",\"pages\":[\n");
        boolean any = false;
        for (Entry e : entries) {
            if (!e.language().equals(language)) continue;
            js.append("{\"l\":").append(Json.string(e.language())).append(",\"u\":").append(Json.string(e.path()))
                    .append(",\"t\":").append(Json.string(e.title())).append(",\"c\":").append(Json.string(e.context()))
                    .append(",\"s\":").append(Json.string(e.summary())).append(",\"x\":").append(Json.string(e.text())).append("},\n");
            any = true;
        }
        if (any) js.setLength(js.length() - 2);
        return js.append("\n]};\n").toString();
    }

    private static String collapse(String text) {
        if (text == null) return "";
        // By hand: the pattern over every page's text was a fortieth of a large build.
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) out.append(' ');
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }

}
