package org.baocao.chart;

import java.util.List;
import java.util.Objects;

/** A chart resolved to one language: every text is already in that language. */
public record Chart(String id, ChartType type, String title, String unit,
                    List<String> categories, List<Series> series) {
    public Chart {
        Objects.requireNonNull(type, "type");
        title = title == null ? "" : title;
        unit = unit == null || unit.isBlank() ? null : unit;
        categories = Objects.requireNonNull(categories, "categories").stream()
                .map(c -> c == null ? "" : c).toList();
        series = List.copyOf(Objects.requireNonNull(series, "series"));
    }
}
