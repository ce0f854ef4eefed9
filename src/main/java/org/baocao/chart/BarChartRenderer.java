package org.baocao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Horizontal bars, value labels just past the end of each bar so that even a tiny bar next to a huge one is
 * readable. Wide: category labels on the left (wrapped, never cut) and a value axis below. Compact: each
 * category's label above its bars, across the whole width, and no value axis, since every bar carries its value.
 */
final class BarChartRenderer {
    private static final double ROW_GAP = 14;
    private static final double BAR_GAP = 3;
    /** Between a compact row's label and its bars. */
    private static final double LABEL_GAP = 3;

    private final Numbers numbers;
    private final Layout layout;
    private final Palette palette;

    BarChartRenderer(Numbers numbers, Layout layout, Palette palette) {
        this.numbers = numbers;
        this.layout = layout;
        this.palette = palette;
    }

    /** Draws the plot from {@code top}; returns the bottom of what was drawn. */
    double draw(SvgBuilder svg, Chart chart, double top) {
        return layout.compact ? drawCompact(svg, chart, top) : drawWide(svg, chart, top);
    }

    private double drawWide(SvgBuilder svg, Chart chart, double top) {
        double font = layout.font;
        double small = layout.small;
        double pad = layout.pad;
        List<String> categories = chart.categories();
        List<Series> series = chart.series();
        int s = series.size();

        double labelColumn = 40;
        for (String c : categories) {
            labelColumn = Math.max(labelColumn, Math.min(layout.width * 0.32, TextMetrics.width(c, font)));
        }
        List<List<String>> labels = new ArrayList<>();
        for (String c : categories) {
            labels.add(TextMetrics.wrap(c, labelColumn, font, TextMetrics.EVERY_LINE));
        }

        double valueWidth = valueWidth(chart);
        double thickness = s == 1 ? 22 : s <= 3 ? 16 : 12;
        double group = s * thickness + (s - 1) * BAR_GAP;

        double[] extent = ChartData.extent(chart);
        double lo = Math.min(0, extent[0]);
        double hi = Math.max(0, extent[1]);
        double plotLeft = pad + labelColumn + 12;
        double plotRight = layout.width - pad;
        // Reserve room for value labels outside the bar ends on whichever sides bars can reach.
        double scaleLeft = plotLeft + (lo < 0 ? valueWidth + 8 : 0);
        double scaleRight = plotRight - valueWidth - 8;
        int targetTicks = (int) Math.max(2, Math.min(6, (scaleRight - scaleLeft) / 80));
        NiceScale scale = NiceScale.of(lo, hi, targetTicks);
        double span = scaleRight - scaleLeft;

        double[] rowHeights = new double[categories.size()];
        double plotBottom = top;
        for (int i = 0; i < categories.size(); i++) {
            rowHeights[i] = Math.max(group, labels.get(i).size() * layout.lineHeight) + ROW_GAP;
            plotBottom += rowHeights[i];
        }

        // Grid and tick labels.
        svg.open("g", "class", "axis");
        int digits = scale.fractionDigits();
        for (BigDecimal t : scale.ticks()) {
            double x = scaleLeft + scale.ratio(t.doubleValue()) * span;
            svg.empty("line", "x1", x, "y1", top, "x2", x, "y2", plotBottom, "stroke", Palette.GRID, "stroke-width", 1.0);
            svg.textElement("text", numbers.tick(t, digits), "x", x, "y", plotBottom + 6 + small,
                    "font-size", small, "fill", Palette.MUTED_TEXT, "text-anchor", "middle");
        }
        svg.close("g");

        double zeroX = scaleLeft + scale.ratio(0) * span;
        double rowTop = top;
        for (int i = 0; i < categories.size(); i++) {
            double center = rowTop + rowHeights[i] / 2;
            List<String> lines = labels.get(i);
            double first = Layout.baseline(center, font) - (lines.size() - 1) * layout.lineHeight / 2;
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", plotLeft - 10, "y", first + l * layout.lineHeight,
                        "font-size", font, "fill", Palette.TEXT, "text-anchor", "end");
            }
            bars(svg, chart, i, center - group / 2, thickness, v -> scaleLeft + scale.ratio(v) * span, zeroX);
            rowTop += rowHeights[i];
        }
        svg.empty("line", "x1", zeroX, "y1", top, "x2", zeroX, "y2", plotBottom, "stroke", Palette.AXIS, "stroke-width", 1.0);
        return plotBottom + 6 + small + 4;
    }

    private double drawCompact(SvgBuilder svg, Chart chart, double top) {
        double font = layout.font;
        double pad = layout.pad;
        List<String> categories = chart.categories();
        int s = chart.series().size();
        double valueWidth = valueWidth(chart);
        double thickness = s == 1 ? 18 : s <= 3 ? 14 : 11;
        double group = s * thickness + (s - 1) * BAR_GAP;

        double[] extent = ChartData.extent(chart);
        double lo = Math.min(0, extent[0]);
        double hi = Math.max(0, extent[1]);
        double scaleLeft = pad + (lo < 0 ? valueWidth + 6 : 0);
        double scaleRight = layout.width - pad - valueWidth - 6;
        // Without an axis there are no round ticks to reach: the longest bar takes all the room.
        double range = hi > lo ? hi - lo : 1;
        DoubleUnaryOperator xOf = v -> scaleLeft + (v - lo) / range * (scaleRight - scaleLeft);
        double zeroX = xOf.applyAsDouble(0);

        double rowTop = top;
        for (int i = 0; i < categories.size(); i++) {
            List<String> lines = TextMetrics.wrap(categories.get(i), layout.width - 2 * pad, font, TextMetrics.EVERY_LINE);
            svg.open("g", "class", "category", "font-size", font, "fill", Palette.TEXT);
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", pad,
                        "y", Layout.baseline(rowTop + (l + 0.5) * layout.lineHeight, font));
            }
            svg.close("g");
            double barTop = rowTop + lines.size() * layout.lineHeight + LABEL_GAP;
            // The zero line runs through each group of bars only, not through the labels above them.
            svg.empty("line", "x1", zeroX, "y1", barTop - 2, "x2", zeroX, "y2", barTop + group + 2,
                    "stroke", Palette.AXIS, "stroke-width", 1.0);
            bars(svg, chart, i, barTop, thickness, xOf, zeroX);
            rowTop = barTop + group + ROW_GAP;
        }
        return rowTop - ROW_GAP + 4;
    }

    private double valueWidth(Chart chart) {
        double widest = 0;
        for (Series ser : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = ser.valueAt(i);
                if (v != null) {
                    widest = Math.max(widest, TextMetrics.width(numbers.value(v), layout.small));
                }
            }
        }
        // Value labels of 40 digits (from a spreadsheet) would leave the bars no room: they keep half the chart.
        return Math.min(widest, layout.width / 4);
    }

    private void bars(SvgBuilder svg, Chart chart, int category, double groupTop, double thickness,
                      DoubleUnaryOperator xOf, double zeroX) {
        for (int j = 0; j < chart.series().size(); j++) {
            BigDecimal v = chart.series().get(j).valueAt(category);
            double y = groupTop + j * (thickness + BAR_GAP);
            if (v != null) {
                bar(svg, v, xOf.applyAsDouble(v.doubleValue()), zeroX, y, thickness, palette.color(j));
            }
        }
    }

    private void bar(SvgBuilder svg, BigDecimal v, double end, double zeroX, double y, double thickness, String color) {
        double length = Math.abs(end - zeroX);
        if (v.signum() != 0) {
            length = Math.max(length, 1.5); // a non-zero value must leave a visible mark
        }
        boolean negative = v.signum() < 0;
        double x = negative ? zeroX - length : zeroX;
        svg.empty("rect", "x", x, "y", y, "width", length, "height", thickness, "fill", color);
        double labelX = negative ? x - 5 : x + length + 5;
        svg.textElement("text", numbers.value(v), "x", labelX, "y", Layout.baseline(y + thickness / 2, layout.small),
                "font-size", layout.small, "fill", Palette.TEXT, "text-anchor", negative ? "end" : "start");
    }
}
