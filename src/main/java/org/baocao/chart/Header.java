package org.baocao.chart;

/**
 * The unit caption above the plot, and the series legend when there is more than one series (a pie has its own
 * legend). A wide chart shows the legend above the plot; a compact one below it, where its rows may wrap without
 * pushing the plot down. The visible title is left to the page's figure caption.
 */
final class Header {
    private static final double SWATCH = 12;
    private static final double ROW = 22;
    private static final double MAX_NAME = 250;

    private Header() {
    }

    /** Draws the header from {@code top}; returns where the plot may start. */
    static double draw(SvgBuilder svg, Chart chart, ChartWords words, Layout layout, Palette palette, double top) {
        double y = top;
        if (chart.unit() != null) {
            String caption = TextMetrics.truncate(words.unit() + ": " + chart.unit(), layout.width - 2 * layout.pad, layout.small);
            svg.textElement("text", caption, "x", layout.pad, "y", y + layout.small, "font-size", layout.small,
                    "fill", Palette.MUTED_TEXT);
            y += layout.small + 12;
        }
        if (!layout.compact && hasLegend(chart)) {
            y = legend(svg, chart, layout, palette, y) + 8;
        }
        return y;
    }

    /** Draws a compact chart's legend below its plot, from {@code top}; returns the new bottom. */
    static double drawBelow(SvgBuilder svg, Chart chart, Layout layout, Palette palette, double top) {
        return layout.compact && hasLegend(chart) ? legend(svg, chart, layout, palette, top + 4) : top;
    }

    private static boolean hasLegend(Chart chart) {
        return chart.type() != ChartType.PIE && chart.series().size() > 1;
    }

    private static double legend(SvgBuilder svg, Chart chart, Layout layout, Palette palette, double top) {
        svg.open("g", "class", "legend");
        double font = layout.font;
        double x = layout.pad;
        double rowCenter = top + ROW / 2;
        double maxName = Math.min(MAX_NAME, layout.width - 2 * layout.pad - SWATCH - 6);
        for (int i = 0; i < chart.series().size(); i++) {
            String name = TextMetrics.truncate(chart.series().get(i).name(), maxName, font);
            double itemWidth = SWATCH + 6 + TextMetrics.width(name, font);
            if (x > layout.pad && x + itemWidth > layout.width - layout.pad) {
                x = layout.pad;
                rowCenter += ROW;
            }
            swatch(svg, chart.type(), palette.color(i), x, rowCenter);
            svg.textElement("text", name, "x", x + SWATCH + 6, "y", Layout.baseline(rowCenter, font),
                    "font-size", font, "fill", Palette.TEXT);
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
