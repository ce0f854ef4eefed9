package org.baocao.render.html;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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

    /** A page's entry as the script holds it, in UTF-8: kept from the page's writing to the end of the site's. */
    private record Entry(String language, byte[] json) {}

    private final List<Entry> entries = new ArrayList<>();

    /**
     * @param path    the page's path from the output folder, such as "vi/2020/tong-quan/index.html"
     * @param context where the page belongs, such as the report's title
     */
    void add(String language, String path, String title, String context, String summary, String text) {
        String json = "{\"l\":" + Json.string(language) + ",\"u\":" + Json.string(path) + ",\"t\":" + Json.string(title)
                + ",\"c\":" + Json.string(context) + ",\"s\":" + Json.string(summary == null ? "" : summary)
                + ",\"x\":" + Json.string(collapse(text)) + "}";
        entries.add(new Entry(language, json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Another index's pages, after this one's. */
    void addAll(SearchIndex other) {
        entries.addAll(other.entries);
    }

    /**
     * The script of {@code language}'s pages, in UTF-8, which adds them to {@code window.baocaoSearchIndex[language]}.
     * Made of the entries' bytes: as one string it took twice the file's size again at the end of a large build.
     */
    byte[] script(String language, String languageName) {
        byte[] head = ("(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[" + Json.string(language) + "]={\"name\":"
                + Json.string(languageName) + ",\"pages\":[\n").getBytes(StandardCharsets.UTF_8);
        byte[] separator = ",\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n]};\n".getBytes(StandardCharsets.UTF_8);
        List<byte[]> pages = entries.stream().filter(e -> e.language().equals(language)).map(Entry::json).toList();
        int size = head.length + tail.length + Math.max(0, pages.size() - 1) * separator.length;
        for (byte[] page : pages) size += page.length;
        ByteBuffer js = ByteBuffer.allocate(size).put(head);
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) js.put(separator);
            js.put(pages.get(i));
        }
        return js.put(tail).array();
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
