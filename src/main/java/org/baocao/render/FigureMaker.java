package org.baocao.render;

import org.baocao.source.SourcePosition;

/** Draws the figures that narratives place with {@code <@chart id="..."/>} and {@code <@table id="..."/>}. */
public interface FigureMaker {

    /** HTML for the chart, or null after reporting a diagnostic (unknown id). */
    String chart(String id, SourcePosition at);

    /** HTML for the table, or null after reporting a diagnostic (unknown id). */
    String table(String id, SourcePosition at);
}
