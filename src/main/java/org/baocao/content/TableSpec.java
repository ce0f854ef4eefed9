package org.baocao.content;

import java.util.List;
import java.util.Map;
import org.baocao.i18n.LocalizedText;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlValue;

/** A table of a data set's {@code tables:} block; each row maps column keys to values. */
public record TableSpec(String id, LocalizedText caption, List<Column> columns, List<Map<String, YamlValue>> rows,
                        SourcePosition at) {

    public record Column(String key, LocalizedText label, ColumnFormat format) {
        /** Number, percent and currency columns: right-aligned, and their cells may name a figure of the data set. */
        public boolean isNumeric() {
            return format == ColumnFormat.NUMBER || format == ColumnFormat.PERCENT || format == ColumnFormat.CURRENCY;
        }
    }

    public enum ColumnFormat { NUMBER, PERCENT, CURRENCY, DATE, TEXT }
}
