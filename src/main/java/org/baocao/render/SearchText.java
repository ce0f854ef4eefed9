package org.baocao.render;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A section's words as the search matches them and quotes them in its snippets: the words a reader sees, those of
 * two blocks, cells or lines a space apart, without what is no wording of the section. Left out: the charts'
 * drawings, whose caption and data table hold their words (jsoup reads SVG's elements as inline, so their texts came
 * out glued: "0102030403223"); the footnotes' numbers and back links ("địa phương.1 Báo cáo", "bài viết. ↩"); the
 * buttons the theme puts under a chart or table ("Xem số liệu", "Tải dữ liệu (CSV)"), which would match every page
 * with a figure. A footnote's own text stays, where the page shows it.
 */
final class SearchText implements NodeFilter {
    private final StringBuilder words = new StringBuilder();
    /** A space goes before the next word: whitespace was read, or a block began or ended. */
    private boolean spaceDue;

    private SearchText() {}

    static String of(Element body) {
        SearchText text = new SearchText();
        NodeTraversor.filter(text, body);
        return text.words.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            add(text.getWholeText());
        } else if (node instanceof Element element) {
            if (leftOut(element)) return FilterResult.SKIP_ENTIRELY;
            if (apart(element)) spaceDue = true;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element element && apart(element)) spaceDue = true;
        return FilterResult.CONTINUE;
    }

    private void add(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A no-break space too, as jsoup's text() did: a phrase typed with a space finds "152.730&nbsp;lượt".
            if (c == ' ' || c == '\u00A0' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                spaceDue = true;
                continue;
            }
            if (spaceDue && !words.isEmpty()) words.append(' ');
            spaceDue = false;
            words.append(c);
        }
    }

    private static boolean leftOut(Element element) {
        return switch (element.normalName()) {
            case "svg" -> true;
            case "a" -> element.hasClass("footnote-ref") || element.hasClass("footnote-backref");
            case "p" -> element.hasClass("data-download");
            case "summary" -> element.parent() != null && element.parent().hasClass("chart-data");
            default -> false;
        };
    }

    /** Shown apart from its neighbours: a block, a cell, a line break; and a summary, which jsoup counts as inline. */
    private static boolean apart(Element element) {
        return element.isBlock() || element.nameIs("summary");
    }
}
