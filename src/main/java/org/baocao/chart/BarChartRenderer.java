package org.baocao.chart;

import static org.baocao.chart.Layout.FONT;
import static org.baocao.chart.Layout.LINE_HEIGHT;
import static org.baocao.chart.Layout.PAD;
import static org.baocao.chart.Layout.SMALL;
import static org.baocao.chart.Layout.WIDTH;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars: category labels on the left (wrapped to two lines), value labels just past the
 * end of each bar so that even a tiny bar next to a huge one is readable.
 */
final class BarChartRenderer {
    private static final double MAX_LABEL_COLUMN = WIDTH * 0.32;
    private static final double ROW_GAP = 14;
    private static final double BAR_GAP = 3;

    private final Numbers numbers;

    BarChartRenderer(Numbers numbers) {
        this.numbers = numbers;
    }

    /** Draws the plot from {@code top}; returns the bottom of what was drawn. */
    double draw(SvgBuilder svg, Chart chart, double top) {
        List<String> categories = chart.categories();
        List<Series> series = chart.series();
        int s = series.size();

        double labelColumn = 40;
        for (String c : categories) {
            labelColumn = Math.max(labelColumn, Math.min(MAX_LABEL_COLUMN, TextMetrics.width(c, FONT)));
        }
        List<List<String>> labels = new ArrayList<>();
        for (String c : categories) {
            labels.add(TextMetrics.wrap(c, labelColumn, FONT, 2));
        }

        double valueWidth = 0;
        for (Series ser : series) {
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal v = ser.valueAt(i);
                if (v != null) {
                    valueWidth = Math.max(valueWidth, TextMetrics.width(numbers.value(v), SMALL));
                }
            }
        }

        double thickness = s == 1 ? 22 : s <= 3 ? 16 : 12;
        double group = s * thickness + (s - 1) * BAR_GAP;

        double[] extent = ChartData.extent(chart);
        double lo = Math.min(0, extent[0]);
        double hi = Math.max(0, extent[1]);
        double plotLeft = PAD + labelColumn + 12;
        double plotRight = WIDTH - PAD;
        // Reserve room for value labels outside the bar ends on whichever sides bars can reach.
        double scaleLeft = plotLeft + (lo < 0 ? valueWidth + 8 : 0);
        double scaleRight = plotRight - valueWidth - 8;
        int targetTicks = (int) Math.max(2, Math.min(6, (scaleRight - scaleLeft) / 80));
        NiceScale scale = NiceScale.of(lo, hi, targetTicks);
        double span = scaleRight - scaleLeft;

        double[] rowHeights = new double[categories.size()];
        double plotBottom = top;
        for (int i = 0; i < categories.size(); i++) {
            rowHeights[i] = Math.max(group, labels.get(i).size() * LINE_HEIGHT) + ROW_GAP;
            plotBottom += rowHeights[i];
        }

        // Grid and tick labels.
        svg.open("g", "class", "axis");
        int digits = scale.fractionDigits();
        for (BigDecimal t : scale.ticks()) {
            double x = scaleLeft + scale.ratio(t.doubleValue()) * span;
            svg.empty("line", "x1", x, "y1", top, "x2", x, "y2", plotBottom, "stroke", Palette.GRID, "stroke-width", 1.0);
            svg.textElement("text", numbers.tick(t, digits), "x", x, "y", plotBottom + 6 + SMALL,
                    "font-size", SMALL, "fill", Palette.MUTED_TEXT, "text-anchor", "middle");
        }
        svg.close("g");

        double zeroX = scaleLeft + scale.ratio(0) * span;
        double rowTop = top;
        for (int i = 0; i < categories.size(); i++) {
            double center = rowTop + rowHeights[i] / 2;
            List<String> lines = labels.get(i);
            double first = Layout.baseline(center, FONT) - (lines.size() - 1) * LINE_HEIGHT / 2;
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", plotLeft - 10, "y", first + l * LINE_HEIGHT,
                        "font-size", FONT, "fill", Palette.TEXT, "text-anchor", "end");
            }
            double barTop = center - group / 2;
            for (int j = 0; j < s; j++) {
                BigDecimal v = series.get(j).valueAt(i);
                double y = barTop + j * (thickness + BAR_GAP);
                if (v != null) {
                    bar(svg, v, scaleLeft + scale.ratio(v.doubleValue()) * span, zeroX, y, thickness, Palette.color(j));
                }
            }
            rowTop += rowHeights[i];
        }
        svg.empty("line", "x1", zeroX, "y1", top, "x2", zeroX, "y2", plotBottom, "stroke", Palette.AXIS, "stroke-width", 1.0);
        return plotBottom + 6 + SMALL + 4;
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
        svg.textElement("text", numbers.value(v), "x", labelX, "y", Layout.baseline(y + thickness / 2, SMALL),
                "font-size", SMALL, "fill", Palette.TEXT, "text-anchor", negative ? "end" : "start");
    }
}
