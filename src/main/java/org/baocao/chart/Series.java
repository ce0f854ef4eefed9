package org.baocao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values, aligned by index with {@link Chart#categories()}.
 * A value may be {@code null} (missing); renderers skip it and descriptions say so.
 */
public record Series(String name, List<BigDecimal> values) {
    public Series {
        name = name == null ? "" : name;
        // List.copyOf rejects nulls, but a null value is meaningful here (missing data).
        values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
    }

    /** The value for category {@code i}, or {@code null} if missing or beyond the list. */
    public BigDecimal valueAt(int i) {
        return i >= 0 && i < values.size() ? values.get(i) : null;
    }
}
