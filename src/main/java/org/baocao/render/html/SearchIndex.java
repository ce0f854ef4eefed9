package org.baocao.render.html;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.baocao.source.Json;

/**
 * The text of one report's pages in one language, written at build time for the client-side search as that report's
 * part of the index ({@code vi/2020/search-index.js}); a manifest per language ({@code search-index.vi.js}) names
 * the parts. A reader's phone downloads the manifest and, coming from a report's page, that report's part only; the
 * search page loads the language's other parts when the reader asks for every report or the report has no match,
 * and the other languages' when the language has none. Scripts rather than JSON because a site opened from disk
 * (file://) may not fetch files, but may always load a script. Only the search page loads them, so other pages stay
 * light. A part lives in its report's folder, so the preview keeps it with the report's pages when it does not write
 * them again.
 */
final class SearchIndex {
    /** The manifest of one language, from the output's root: {@code search-index.vi.js}. */
    static String manifestFile(String language) {
        return "search-index." + language + ".js";
    }

    /** A report's part in one language, from the output's root: {@code vi/2020/search-index.js}. */
    static String partFile(String reportPath) {
        return reportPath + "search-index.js";
    }

    /** A report as the manifest names it: its id (the search page's {@code report} parameter), title and part. */
    record Part(String report, String title, String file) {}

    /** Each page's entry as the part holds it, in UTF-8. */
    private final List<byte[]> pages = new ArrayList<>();

    /**
     * @param path    the page's path from the output folder, such as "vi/2020/tong-quan/index.html"
     * @param context where the page belongs, such as the report's title
     */
    void add(String path, String title, String context, String summary, String text) {
        String json = "{\"u\":" + Json.string(path) + ",\"t\":" + Json.string(title) + ",\"c\":" + Json.string(context)
                + ",\"s\":" + Json.string(summary == null ? "" : summary) + ",\"x\":" + Json.string(collapse(text)) + "}";
        pages.add(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The part's script, in UTF-8, which sets {@code window.baocaoSearchParts[file]} to the pages' entries; the
     * manifest tells their language. Made of the entries' bytes, without one string of them all.
     */
    byte[] part(String file) {
        byte[] head = ("(window.baocaoSearchParts=window.baocaoSearchParts||{})[" + Json.string(file) + "]=[\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] separator = ",\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n];\n".getBytes(StandardCharsets.UTF_8);
        int size = head.length + tail.length + Math.max(0, pages.size() - 1) * separator.length;
        for (byte[] page : pages) size += page.length;
        ByteBuffer js = ByteBuffer.allocate(size).put(head);
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) js.put(separator);
            js.put(pages.get(i));
        }
        return js.put(tail).array();
    }

    /** The manifest's script, which sets {@code window.baocaoSearchIndex[language]} to its name and reports' parts. */
    static String manifest(String language, String languageName, List<Part> parts) {
        StringBuilder js = new StringBuilder("(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[").append(Json.string(language))
                .append("]={\"name\":").append(Json.string(languageName)).append(",\"reports\":[");
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            js.append(i > 0 ? ",\n" : "\n").append("{\"id\":").append(Json.string(part.report())).append(",\"t\":")
                    .append(Json.string(part.title())).append(",\"u\":").append(Json.string(part.file())).append('}');
        }
        return js.append("\n]};\n").toString();
    }

    static String collapse(String text) {
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
