package org.baocao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical columns and lines over a category axis, sharing one value axis. Columns always start at
 * zero; a line may use a tight range when zero is far from its data, so that change stays visible. A compact
 * chart keeps every category label level when it fits its column in up to three lines, and else turns all of
 * them by 45°; labels are never cut in the middle of a word while whole ones could be shown.
 */
final class AxisChartRenderer {
    private static final double PLOT_HEIGHT = 240;
    private static final double COMPACT_PLOT_HEIGHT = 200;
    /** Longest turned category label, so that the plot keeps most of a compact chart's height. */
    private static final double MAX_TURNED_LABEL = 110;
    private static final double SIN_45 = Math.sqrt(0.5);
    /** Room above the highest and below the lowest mark for its value label. */
    private static final double LABEL_ROOM = 20;
    private static final double MIN_LABEL_WIDTH = 40;

    private final Numbers numbers;
    private final Layout layout;
    private final Palette palette;

    AxisChartRenderer(Numbers numbers, Layout layout, Palette palette) {
        this.numbers = numbers;
        this.layout = layout;
        this.palette = palette;
    }

    double draw(SvgBuilder svg, Chart chart, double top) {
        boolean line = chart.type() == ChartType.LINE;
        List<String> categories = chart.categories();
        int n = categories.size();

        NiceScale scale = scaleFor(chart, line);
        int digits = scale.fractionDigits();
        List<BigDecimal> ticks = scale.ticks();
        double small = layout.small;
        double tickWidth = 0;
        for (BigDecimal t : ticks) {
            tickWidth = Math.max(tickWidth, TextMetrics.width(numbers.tick(t, digits), small));
        }

        // A tick label wider than a third of the chart (a number of 40 digits from a spreadsheet) would leave the plot
        // no room, or a negative one: the plot keeps two thirds, and such a label reaches out to the left.
        double plotLeft = layout.pad + Math.min(tickWidth, layout.width / 3) + 8;
        double plotRight = layout.width - layout.pad;
        double band = (plotRight - plotLeft) / n;
        double scaleTop = top + LABEL_ROOM;
        double scaleBottom = scaleTop + (layout.compact ? COMPACT_PLOT_HEIGHT : PLOT_HEIGHT);
        Axis axis = new Axis(scale, scaleTop, scaleBottom);
        // Labels on several lines would collide with each other; the legend and alt text carry them.
        double lineLabelFont = line && chart.series().size() == 1 ? valueLabelFont(chart, band - 6) : 0;
        // Labels hang below negative columns and below dips of a line: keep room for them.
        boolean labelsBelow = scale.min.signum() < 0
                || lineLabelFont > 0 && hasDipNear(chart.series().get(0), n, axis, scaleBottom - LABEL_ROOM);
        double plotBottom = scaleBottom + (labelsBelow ? LABEL_ROOM : 0);

        svg.open("g", "class", "axis");
        for (BigDecimal t : ticks) {
            double y = axis.y(t.doubleValue());
            svg.empty("line", "x1", plotLeft, "y1", y, "x2", plotRight, "y2", y, "stroke", Palette.GRID, "stroke-width", 1.0);
            svg.textElement("text", numbers.tick(t, digits), "x", plotLeft - 8, "y", Layout.baseline(y, small),
                    "font-size", small, "fill", Palette.MUTED_TEXT, "text-anchor", "end");
        }
        svg.close("g");

        if (line) {
            drawLines(svg, chart, axis, plotLeft, band, lineLabelFont);
        } else {
            drawColumns(svg, chart, axis, plotLeft, band);
        }
        // The baseline sits on zero when zero is on the axis, else along the bottom.
        double baseY = scale.min.signum() <= 0 && scale.max.signum() >= 0 ? axis.y(0) : scaleBottom;
        svg.empty("line", "x1", plotLeft, "y1", baseY, "x2", plotRight, "y2", baseY, "stroke", Palette.AXIS, "stroke-width", 1.0);

        if (layout.compact && !fitsLevel(categories, band)) {
            return drawTurnedCategories(svg, categories, plotLeft, band, plotBottom);
        }
        return drawCategories(svg, categories, plotLeft, band, plotBottom);
    }

    private static NiceScale scaleFor(Chart chart, boolean line) {
        double[] e = ChartData.extent(chart);
        double lo = Math.min(0, e[0]);
        double hi = Math.max(0, e[1]);
        if (line && e[0] > 0 && e[0] > e[1] / 2) {
            lo = e[0];
        } else if (line && e[1] < 0 && e[1] < e[0] / 2) {
            hi = e[1];
        }
        return NiceScale.of(lo, hi, 5);
    }

    private void drawColumns(SvgBuilder svg, Chart chart, Axis axis, double plotLeft, double band) {
        int s = chart.series().size();
        double gap = s > 1 ? 2 : 0;
        double groupWidth = Math.min(band * (s == 1 ? 0.62 : 0.84), s * 56);
        double barWidth = (groupWidth - (s - 1) * gap) / s;
        // One label size for the whole chart, or none if neighbouring labels would touch.
        double room = s == 1 ? band - 6 : barWidth + gap - 4;
        double labelFont = valueLabelFont(chart, room);
        double zeroY = axis.y(0);

        for (int j = 0; j < s; j++) {
            String color = palette.color(j);
            svg.open("g", "class", "series", "fill", color);
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = chart.series().get(j).valueAt(i);
                if (v == null) {
                    continue;
                }
                double x = plotLeft + i * band + (band - groupWidth) / 2 + j * (barWidth + gap);
                double height = Math.abs(axis.y(v.doubleValue()) - zeroY);
                if (v.signum() != 0) {
                    height = Math.max(height, 1.5); // a non-zero value must leave a visible mark
                }
                boolean negative = v.signum() < 0;
                double y = negative ? zeroY : zeroY - height;
                svg.empty("rect", "x", x, "y", y, "width", barWidth, "height", height);
                if (labelFont > 0) {
                    double labelY = negative ? y + height + 4 + labelFont * 0.8 : y - 5;
                    svg.textElement("text", numbers.value(v), "x", x + barWidth / 2, "y", labelY,
                            "font-size", labelFont, "fill", Palette.TEXT, "text-anchor", "middle");
                }
            }
            svg.close("g");
        }
    }

    private void drawLines(SvgBuilder svg, Chart chart, Axis axis, double plotLeft, double band, double labelFont) {
        int s = chart.series().size();
        for (int j = 0; j < s; j++) {
            Series series = chart.series().get(j);
            String color = palette.color(j);
            svg.open("g", "class", "series");
            // A missing value breaks the line rather than bridging the gap.
            List<double[]> run = new ArrayList<>();
            List<List<double[]>> runs = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = series.valueAt(i);
                if (v == null) {
                    if (!run.isEmpty()) {
                        runs.add(run);
                        run = new ArrayList<>();
                    }
                    continue;
                }
                run.add(new double[] {plotLeft + (i + 0.5) * band, axis.y(v.doubleValue())});
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            for (List<double[]> r : runs) {
                if (r.size() > 1) {
                    // Space-separated pairs: no commas in attributes, whatever the locale.
                    StringBuilder points = new StringBuilder();
                    for (double[] p : r) {
                        points.append(points.isEmpty() ? "" : " ")
                                .append(SvgBuilder.num(p[0])).append(' ').append(SvgBuilder.num(p[1]));
                    }
                    svg.empty("polyline", "points", points.toString(), "fill", "none", "stroke", color,
                            "stroke-width", 2.5, "stroke-linejoin", "round", "stroke-linecap", "round");
                }
            }
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = series.valueAt(i);
                if (v == null) {
                    continue;
                }
                double x = plotLeft + (i + 0.5) * band;
                double y = axis.y(v.doubleValue());
                svg.empty("circle", "cx", x, "cy", y, "r", 4.0, "fill", color, "stroke", Palette.WHITE, "stroke-width", 1.5);
                if (labelFont > 0) {
                    // Below a dip, above anything else, so the label does not sit on the line.
                    double labelY = isDip(series, i, chart.categories().size()) ? y + 10 + labelFont * 0.8 : y - 9;
                    svg.textElement("text", numbers.value(v), "x", x, "y", labelY,
                            "font-size", labelFont, "fill", Palette.TEXT, "text-anchor", "middle");
                }
            }
            svg.close("g");
        }
    }

    private static boolean hasDipNear(Series series, int n, Axis axis, double belowY) {
        for (int i = 0; i < n; i++) {
            BigDecimal v = series.valueAt(i);
            if (v != null && isDip(series, i, n) && axis.y(v.doubleValue()) > belowY) {
                return true;
            }
        }
        return false;
    }

    /** True if the neighbours present on both sides are higher (a local minimum). */
    private static boolean isDip(Series series, int i, int n) {
        BigDecimal v = series.valueAt(i);
        BigDecimal prev = i > 0 ? series.valueAt(i - 1) : null;
        BigDecimal next = i + 1 < n ? series.valueAt(i + 1) : null;
        return (prev != null || next != null)
                && (prev == null || prev.compareTo(v) > 0)
                && (next == null || next.compareTo(v) > 0);
    }

    /** The largest of the layout's value label sizes at which every label fits in {@code room}; 0 means "none". */
    private double valueLabelFont(Chart chart, double room) {
        double widest = 0;
        for (Series ser : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = ser.valueAt(i);
                if (v != null) {
                    widest = Math.max(widest, TextMetrics.width(numbers.value(v), 1));
                }
            }
        }
        for (double size : layout.valueLabelSizes) {
            if (widest * size <= room) {
                return size;
            }
        }
        return 0;
    }

    /**
     * Category labels under the plot; when bands are too narrow for a wide chart only every k-th is shown (a
     * compact chart comes here only when every label fits its column).
     */
    private double drawCategories(SvgBuilder svg, List<String> categories, double plotLeft,
                                  double band, double plotBottom) {
        double font = layout.small;
        double lineStep = font + 3;
        int every = layout.compact ? 1 : Math.max(1, (int) Math.ceil(MIN_LABEL_WIDTH / band));
        double width = band * every - 6;
        int maxLines = 1;
        svg.open("g", "class", "categories", "font-size", font, "fill", Palette.TEXT, "text-anchor", "middle");
        for (int i = 0; i < categories.size(); i += every) {
            List<String> lines = TextMetrics.wrap(categories.get(i), width, font, 3);
            maxLines = Math.max(maxLines, lines.size());
            double x = plotLeft + (i + 0.5) * band;
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", x, "y", plotBottom + 6 + font + l * lineStep);
            }
        }
        svg.close("g");
        return plotBottom + 6 + font + (maxLines - 1) * lineStep + 8;
    }

    /** True if every category label fits under its own column, whole words, in up to three lines. */
    private boolean fitsLevel(List<String> categories, double band) {
        for (String c : categories) {
            String whole = String.join(" ", c.trim().split("\\s+"));
            if (!String.join(" ", TextMetrics.wrap(c, band - 6, layout.small, 3)).equals(whole)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Category labels turned by 45°, each ending under its column, so long names fit a narrow chart; when even
     * turned labels would overlap only every k-th is shown. A label never reaches past the chart's left edge.
     */
    private double drawTurnedCategories(SvgBuilder svg, List<String> categories, double plotLeft,
                                        double band, double plotBottom) {
        double font = layout.small;
        int every = Math.max(1, (int) Math.ceil(font * 1.15 / (band * SIN_45)));
        // The anchor is the label's end; shifted so the turned line of text, not its baseline, points at the column.
        double anchorY = plotBottom + 4 + font * 0.75;
        double longest = 0;
        svg.open("g", "class", "categories", "font-size", font, "fill", Palette.TEXT, "text-anchor", "end");
        for (int i = 0; i < categories.size(); i += every) {
            double anchorX = plotLeft + (i + 0.5) * band + font * 0.25;
            double room = Math.min(MAX_TURNED_LABEL, (anchorX - layout.pad) / SIN_45);
            String label = TextMetrics.truncate(String.join(" ", categories.get(i).trim().split("\\s+")), room, font);
            longest = Math.max(longest, TextMetrics.width(label, font));
            svg.textElement("text", label, "x", anchorX, "y", anchorY,
                    "transform", "rotate(-45 " + SvgBuilder.num(anchorX) + " " + SvgBuilder.num(anchorY) + ")");
        }
        svg.close("g");
        return anchorY + longest * SIN_45 + font * 0.4 + 8;
    }

    /** Value-to-y mapping of the plot. */
    private record Axis(NiceScale scale, double top, double bottom) {
        double y(double v) {
            return bottom - scale.ratio(v) * (bottom - top);
        }
    }
}
