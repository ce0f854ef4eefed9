package org.baocao.content;

import java.util.List;
import java.util.Map;
import org.baocao.i18n.LocalizedText;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlValue;

/** A table of a data set's {@code tables:} block; each row maps column keys to values. */
public record TableSpec(String id, LocalizedText caption, List<Column> columns, List<Row> rows, SourcePosition at) {

    /** @param numbers decimals and negatives of a number or percent column */
    public record Column(String key, LocalizedText label, ColumnFormat format, NumberStyle numbers) {
        /** Number, percent and currency columns: right-aligned, and their cells may name a figure of the data set. */
        public boolean isNumeric() {
            return format == ColumnFormat.NUMBER || format == ColumnFormat.PERCENT || format == ColumnFormat.CURRENCY;
        }
    }

    public enum ColumnFormat { NUMBER, PERCENT, CURRENCY, DATE, TEXT }

    /** A row's cells by column key (a cell naming a figure holds the figure's value), and its reserved {@code style:}. */
    public record Row(Map<String, YamlValue> cells, RowStyle style) {
        public YamlValue get(String key) {
            return cells.get(key);
        }
    }

    /**
     * A total row is bold with a rule above it, a subtotal semi-bold, a heading row spans the table; each stays a row
     * of the table for screen readers and the PDF's tags.
     */
    public enum RowStyle { NORMAL, TOTAL, SUBTOTAL, HEADING }
}
