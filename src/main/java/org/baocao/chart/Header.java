package org.baocao.chart;

import static org.baocao.chart.Layout.FONT;
import static org.baocao.chart.Layout.PAD;
import static org.baocao.chart.Layout.SMALL;
import static org.baocao.chart.Layout.WIDTH;

/**
 * The strip above the plot: the unit caption, then a series legend when there is more than one
 * series (a pie has its own legend). The visible title is left to the page's figure caption.
 */
final class Header {
    private static final double SWATCH = 12;
    private static final double ROW = 22;
    private static final double MAX_NAME = 250;

    private Header() {
    }

    /** Draws the header from {@code top}; returns where the plot may start. */
    static double draw(SvgBuilder svg, Chart chart, ChartWords words, double top) {
        double y = top;
        if (chart.unit() != null) {
            String caption = TextMetrics.truncate(words.unit() + ": " + chart.unit(), WIDTH - 2 * PAD, SMALL);
            svg.textElement("text", caption, "x", PAD, "y", y + SMALL, "font-size", SMALL, "fill", Palette.MUTED_TEXT);
            y += SMALL + 12;
        }
        if (chart.type() != ChartType.PIE && chart.series().size() > 1) {
            y = legend(svg, chart, y) + 8;
        }
        return y;
    }

    private static double legend(SvgBuilder svg, Chart chart, double top) {
        svg.open("g", "class", "legend");
        double x = PAD;
        double rowCenter = top + ROW / 2;
        for (int i = 0; i < chart.series().size(); i++) {
            String name = TextMetrics.truncate(chart.series().get(i).name(), MAX_NAME, FONT);
            double itemWidth = SWATCH + 6 + TextMetrics.width(name, FONT);
            if (x > PAD && x + itemWidth > WIDTH - PAD) {
                x = PAD;
                rowCenter += ROW;
            }
            swatch(svg, chart.type(), Palette.color(i), x, rowCenter);
            svg.textElement("text", name, "x", x + SWATCH + 6, "y", Layout.baseline(rowCenter, FONT),
                    "font-size", FONT, "fill", Palette.TEXT);
            x += itemWidth + 20;
        }
        svg.close("g");
        return rowCenter + ROW / 2;
    }

    private static void swatch(SvgBuilder svg, ChartType type, String color, double x, double centerY) {
        if (type == ChartType.LINE) {
            // A line chart's key looks like its marks: a stroke with a dot.
            svg.empty("line", "x1", x - 2, "y1", centerY, "x2", x + SWATCH + 2, "y2", centerY,
                    "stroke", color, "stroke-width", 2.5);
            svg.empty("circle", "cx", x + SWATCH / 2, "cy", centerY, "r", 3.5, "fill", color);
        } else {
            svg.empty("rect", "x", x, "y", centerY - SWATCH / 2, "width", SWATCH, "height", SWATCH, "fill", color);
        }
    }
}
