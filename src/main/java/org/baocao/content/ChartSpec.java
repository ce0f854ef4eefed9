package org.baocao.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.baocao.chart.ChartType;
import org.baocao.i18n.LocalizedText;
import org.baocao.source.SourcePosition;

/** A chart of a data set's {@code charts:} block. */
public record ChartSpec(String id, ChartType type, LocalizedText title, Optional<LocalizedText> unit,
                        List<LocalizedText> categories, List<Series> series, SourcePosition at) {

    /** Values may hold nulls: a gap in the data. */
    public record Series(LocalizedText name, List<BigDecimal> values) {}
}
