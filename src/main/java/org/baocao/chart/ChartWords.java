package org.baocao.chart;

import java.util.Objects;

/**
 * Words the renderer writes itself (alt text, unit caption, empty state), in the chart's language.
 * The caller normally fills this from its i18n strings; {@link #vietnamese()} and
 * {@link #english()} are sensible defaults.
 *
 * @param barChart     name of a horizontal bar chart, starts the description ("Bar chart")
 * @param columnChart  name of a vertical column chart ("Column chart")
 * @param lineChart    name of a line chart ("Line chart")
 * @param pieChart     name of a pie chart ("Pie chart")
 * @param unit         caption before the unit above the plot ("Unit" → "Unit: times")
 * @param total        label of a pie chart's total in the description ("Total")
 * @param missingValue stands in for a missing value mid-sentence ("no data")
 * @param noData       empty-state sentence when there is nothing to draw ("No data")
 */
public record ChartWords(String barChart, String columnChart, String lineChart, String pieChart,
                         String unit, String total, String missingValue, String noData) {
    public ChartWords {
        Objects.requireNonNull(barChart, "barChart");
        Objects.requireNonNull(columnChart, "columnChart");
        Objects.requireNonNull(lineChart, "lineChart");
        Objects.requireNonNull(pieChart, "pieChart");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(missingValue, "missingValue");
        Objects.requireNonNull(noData, "noData");
    }

    public static ChartWords vietnamese() {
        return new ChartWords("Biểu đồ thanh", "Biểu đồ cột", "Biểu đồ đường", "Biểu đồ tròn",
                "Đơn vị", "Tổng", "không có số liệu", "Không có số liệu");
    }

    public static ChartWords english() {
        return new ChartWords("Bar chart", "Column chart", "Line chart", "Pie chart",
                "Unit", "Total", "no data", "No data");
    }

    /** The name of a chart of this type, e.g. "Biểu đồ cột". */
    public String typeName(ChartType type) {
        return switch (type) {
            case BAR -> barChart;
            case COLUMN -> columnChart;
            case LINE -> lineChart;
            case PIE -> pieChart;
        };
    }
}
