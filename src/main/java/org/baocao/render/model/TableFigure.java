package org.baocao.render.model;

import java.util.List;

/**
 * What macros/table.ftlh's {@code table} macro draws: a table placed by {@code <@table id="..."/>}, or a chart's
 * data table (then {@code id}, {@code number} and {@code caption} are null). Every cell is text already formatted in
 * the language (numbers, percentages, currency, dates).
 *
 * @param id      the table's element id, or null
 * @param number  "Bảng 1", "Table 1", or null
 * @param caption the caption, or null
 * @param download where the site keeps the table's data as CSV (a link placeholder the site resolves), or null
 */
public record TableFigure(String id, String number, String caption, List<Column> columns, List<Row> rows, String download) {

    /**
     * @param style "total" (bold, a rule above), "subtotal" (semi-bold), "heading" (its first cell spans the table), or
     *              null for a plain row: the class row-&lt;style&gt;
     */
    public record Row(String style, List<Cell> cells) {}

    /** A column head; an empty label is the corner above the rows' heads. */
    public record Column(String label, boolean numeric) {}

    /** @param rowHeader the row's head (a th with scope row) */
    public record Cell(String text, boolean numeric, boolean rowHeader) {}
}
