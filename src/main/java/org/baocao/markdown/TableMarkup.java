package org.baocao.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A GitHub table as the theme knows it: {@code table.md-table}, which the site wraps to scroll sideways and the
 * stylesheets style, each row on one line, an aligned column's cells with {@code align}. A row taken from a line
 * without '|' carries that line in {@link LazyRows#ATTRIBUTE}, for the narrative's post-processing to warn about.
 */
final class TableMarkup implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    TableMarkup(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class, TableHead.class, TableBody.class, TableRow.class, TableCell.class);
    }

    @Override
    public void render(Node node) {
        if (node instanceof TableBlock) {
            html.line();
            block(node, "table", Map.of("class", "md-table"));
        } else if (node instanceof TableHead) {
            block(node, "thead", Map.of());
        } else if (node instanceof TableBody) {
            block(node, "tbody", Map.of());
        } else if (node instanceof TableRow) {
            String lazy = LazyRows.lineOf(node);
            element(node, "tr", lazy == null ? Map.of() : Map.of(LazyRows.ATTRIBUTE, lazy));
            html.line();
        } else if (node instanceof TableCell cell) {
            element(cell, cell.isHeader() ? "th" : "td", cell.getAlignment() == null ? Map.of() : Map.of("align", align(cell.getAlignment())));
        }
    }

    /** The element's tags on lines of their own. */
    private void block(Node node, String tag, Map<String, String> attributes) {
        html.tag(tag, attributes);
        html.line();
        renderChildren(node);
        html.tag("/" + tag);
        html.line();
    }

    private void element(Node node, String tag, Map<String, String> attributes) {
        html.tag(tag, attributes);
        renderChildren(node);
        html.tag("/" + tag);
    }

    private void renderChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) context.render(child);
    }

    private static String align(TableCell.Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
        };
    }
}
