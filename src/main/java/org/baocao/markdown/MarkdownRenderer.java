package org.baocao.markdown;

import java.util.List;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark plus GitHub's tables and footnotes and attribute blocks on images and block quotes
 * ({@link AttributeSyntax}), built once and shared: commonmark-java's parser and renderer are thread-safe.
 * Headings get no ids here: they are given afterwards from the heading text without diacritics (HtmlPostProcessor).
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        AttributeSyntax attributeSyntax = new AttributeSyntax();
        this.parser = Parser.builder()
                // GitHub's tables: a header row and a separator row of as many cells are required; a row with fewer
                // cells gets empty ones, extra cells are dropped.
                .customBlockParserFactory(new TableStart())
                .extensions(List.of(FootnotesExtension.create(), attributeSyntax))
                .build();
        this.renderer = HtmlRenderer.builder()
                // Tables and footnotes in the markup the theme and the print edition select on, not the extensions' own.
                .nodeRendererFactory(TableMarkup::new)
                .nodeRendererFactory(FootnoteMarkup::new)
                .extensions(List.of(attributeSyntax))
                .softbreak("\n")
                // As CommonMark's reference renderers do: "../media/cánh đồng.png" becomes a valid URL. Images and
                // links to sections are decoded again when resolved (HtmlPostProcessor).
                .percentEncodeUrls(true)
                .build();
    }

    public String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
