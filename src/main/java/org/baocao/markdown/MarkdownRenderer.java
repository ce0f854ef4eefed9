package org.baocao.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * CommonMark plus tables, footnotes and attribute blocks on images and block quotes ({@link AttributeSyntax}), built once and shared: flexmark's parser and renderer are thread-safe.
 * Heading ids are given afterwards from the heading text without diacritics (see {@link HtmlPostProcessor}).
 */
public final class MarkdownRenderer {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet();
        options.setFrom(ParserEmulationProfile.COMMONMARK);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(), new AttributeSyntax()));
        // GitHub's table rules: a header row is required, columns may differ in count.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // As CommonMark's reference renderers do: "../media/cánh đồng.png" becomes a valid URL. Images and links to
        // sections are decoded again when resolved (HtmlPostProcessor); 13 more spec examples pass (docs/markdown.md).
        options.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    public String toHtml(String markdown) {
        Document document = parser.parse(markdown);
        AttributeSyntax.extract(document);
        return renderer.render(document);
    }
}
