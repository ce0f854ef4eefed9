package org.baocao.render.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.baocao.source.Json;

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

    /** Another index's pages, after this one's. */
    void addAll(SearchIndex other) {
        entries.addAll(other.entries);
    }

    /** @param languageNames by language code, in the site's order */
    String script(Map<String, String> languageNames) {
        StringBuilder js = new StringBuilder("window.baocaoSearchIndex={\"languages\":{");
        languageNames.forEach((code, name) -> js.append(Json.string(code)).append(':').append(Json.string(name)).append(','));
        js.setLength(js.length() - 1);
        js.append("},\"pages\":[\n");
        for (Entry e : entries) {
            js.append("{\"l\":").append(Json.string(e.language())).append(",\"u\":").append(Json.string(e.path()))
                    .append(",\"t\":").append(Json.string(e.title())).append(",\"c\":").append(Json.string(e.context()))
                    .append(",\"s\":").append(Json.string(e.summary())).append(",\"x\":").append(Json.string(e.text())).append("},\n");
        }
        if (!entries.isEmpty()) js.setLength(js.length() - 2);
        return js.append("\n]};\n").toString();
    }

    private static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

}
