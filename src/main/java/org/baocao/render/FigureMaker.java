package org.baocao.render;

import org.baocao.source.SourcePosition;

/**
 * Draws the figures that narratives place with {@code <@chart id="..."/>} and {@code <@table id="..."/>}, and the
 * cross-references {@code <@ref id="..."/>} to them.
 */
public interface FigureMaker {

    /** HTML for the chart, or null after reporting a diagnostic (unknown id). */
    String chart(String id, SourcePosition at);

    /** HTML for the table, or null after reporting a diagnostic (unknown id). */
    String table(String id, SourcePosition at);

    /**
     * A cross-reference to a chart or table of the report ("Hình 1", "Table 2"), linked to it. Its number may not be
     * known yet (the figure can come later, in any section): a placeholder that {@link Figures#resolveReferences}
     * replaces once every section is rendered.
     */
    String ref(String id, SourcePosition at);
}
