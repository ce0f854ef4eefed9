package org.baocao.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A pie of the first series with a legend (category, value, percent): on its right when wide, below it when
 * compact. Percentages are printed inside slices only when the slice is wide enough; the legend always has them.
 */
final class PieChartRenderer {
    private static final double RADIUS = 112;
    private static final double COMPACT_RADIUS = 100;
    private static final double SWATCH = 12;
    /** A compact legend's names get at least this much room beside the amounts, else the amounts go under them. */
    private static final double MIN_NAME_WIDTH = 120;
    private static final double MIN_LABEL_ANGLE = 0.42; // radians, about 24°
    private static final double ROW_GAP = 8;

    private final Numbers numbers;
    private final Layout layout;
    private final Palette palette;

    PieChartRenderer(Numbers numbers, Layout layout, Palette palette) {
        this.numbers = numbers;
        this.layout = layout;
        this.palette = palette;
    }

    /** Requires a positive total (see {@link ChartData#isEmpty}). */
    double draw(SvgBuilder svg, Chart chart, double top) {
        List<String> categories = chart.categories();
        BigDecimal total = ChartData.pieTotal(chart);
        List<Integer> shown = new ArrayList<>();
        double[] share = new double[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            BigDecimal v = ChartData.pieValue(chart, i);
            if (v != null) {
                shown.add(i);
                share[i] = v.divide(total, MathContext.DECIMAL64).doubleValue();
            }
        }

        List<String> amounts = new ArrayList<>();
        double amountWidth = 0;
        for (int i : shown) {
            String a = numbers.value(ChartData.pieValue(chart, i)) + " (" + numbers.percent(share[i]) + ")";
            amounts.add(a);
            amountWidth = Math.max(amountWidth, TextMetrics.width(a, layout.font));
        }
        return layout.compact
                ? drawCompact(svg, categories, shown, share, amounts, amountWidth, top)
                : drawWide(svg, categories, shown, share, amounts, amountWidth, top);
    }

    private double drawWide(SvgBuilder svg, List<String> categories, List<Integer> shown, double[] share,
                            List<String> amounts, double amountWidth, double top) {
        double font = layout.font;
        double lineHeight = layout.lineHeight;
        // Legend geometry first: its height decides the chart's height.
        double legendLeft = layout.pad + 2 * RADIUS + 40;
        double legendRight = layout.width - layout.pad;
        double nameLeft = legendLeft + 20;
        double nameWidth = Math.max(60, legendRight - amountWidth - 12 - nameLeft);
        List<List<String>> names = new ArrayList<>();
        double legendHeight = 0;
        for (int i : shown) {
            List<String> lines = TextMetrics.wrap(categories.get(i), nameWidth, font, 2);
            names.add(lines);
            legendHeight += lines.size() * lineHeight + ROW_GAP;
        }
        legendHeight -= ROW_GAP;

        double height = Math.max(2 * RADIUS, legendHeight);
        double cx = layout.pad + RADIUS;
        double cy = top + 4 + height / 2;
        drawSlices(svg, shown, share, cx, cy, RADIUS);

        svg.open("g", "class", "legend", "font-size", font, "fill", Palette.TEXT);
        double y = cy - legendHeight / 2;
        for (int k = 0; k < shown.size(); k++) {
            List<String> lines = names.get(k);
            double firstBaseline = Layout.baseline(y + lineHeight / 2, font);
            svg.empty("rect", "x", legendLeft, "y", y + lineHeight / 2 - 6, "width", SWATCH, "height", SWATCH,
                    "fill", palette.color(shown.get(k)));
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", nameLeft, "y", firstBaseline + l * lineHeight);
            }
            svg.textElement("text", amounts.get(k), "x", legendRight, "y", firstBaseline, "text-anchor", "end");
            y += lines.size() * lineHeight + ROW_GAP;
        }
        svg.close("g");
        return top + 4 + height + 8;
    }

    /** The pie centred, then one legend row per slice across the whole width. */
    private double drawCompact(SvgBuilder svg, List<String> categories, List<Integer> shown, double[] share,
                               List<String> amounts, double amountWidth, double top) {
        double font = layout.font;
        double lineHeight = layout.lineHeight;
        double cx = layout.width / 2;
        double cy = top + 4 + COMPACT_RADIUS;
        drawSlices(svg, shown, share, cx, cy, COMPACT_RADIUS);

        double left = layout.pad;
        double right = layout.width - layout.pad;
        double nameLeft = left + SWATCH + 8;
        double besideWidth = right - amountWidth - 12 - nameLeft;
        // Long amounts would squeeze the names into many lines: then each amount gets a line of its own.
        boolean amountsBeside = besideWidth >= MIN_NAME_WIDTH;
        double nameWidth = amountsBeside ? besideWidth : right - nameLeft;

        svg.open("g", "class", "legend", "font-size", font, "fill", Palette.TEXT);
        double y = cy + COMPACT_RADIUS + 16;
        for (int k = 0; k < shown.size(); k++) {
            List<String> lines = TextMetrics.wrap(categories.get(shown.get(k)), nameWidth, font, 3);
            double firstBaseline = Layout.baseline(y + lineHeight / 2, font);
            svg.empty("rect", "x", left, "y", y + lineHeight / 2 - SWATCH / 2, "width", SWATCH, "height", SWATCH,
                    "fill", palette.color(shown.get(k)));
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", nameLeft, "y", firstBaseline + l * lineHeight);
            }
            int rows = lines.size();
            if (amountsBeside) {
                svg.textElement("text", amounts.get(k), "x", right, "y", firstBaseline, "text-anchor", "end");
            } else {
                svg.textElement("text", amounts.get(k), "x", nameLeft, "y", firstBaseline + rows * lineHeight);
                rows++;
            }
            y += rows * lineHeight + ROW_GAP;
        }
        svg.close("g");
        return y - ROW_GAP + 4;
    }

    private void drawSlices(SvgBuilder svg, List<Integer> shown, double[] share, double cx, double cy, double radius) {
        svg.open("g", "class", "slices", "stroke", Palette.WHITE, "stroke-width", 1.5, "stroke-linejoin", "round");
        double start = -Math.PI / 2; // twelve o'clock, then clockwise
        List<SliceLabel> labels = new ArrayList<>();
        for (int i : shown) {
            double sweep = share[i] * 2 * Math.PI;
            if (sweep <= 0) {
                continue;
            }
            String color = palette.color(i);
            if (share[i] >= 0.9999) {
                // An arc cannot start and end at the same point: a whole pie is a circle.
                svg.empty("circle", "cx", cx, "cy", cy, "r", radius, "fill", color);
            } else {
                double end = start + sweep;
                String d = "M" + SvgBuilder.num(cx) + " " + SvgBuilder.num(cy)
                        + " L" + SvgBuilder.num(cx + radius * Math.cos(start)) + " " + SvgBuilder.num(cy + radius * Math.sin(start))
                        + " A" + SvgBuilder.num(radius) + " " + SvgBuilder.num(radius) + " 0 " + (sweep > Math.PI ? 1 : 0) + " 1 "
                        + SvgBuilder.num(cx + radius * Math.cos(end)) + " " + SvgBuilder.num(cy + radius * Math.sin(end)) + " Z";
                svg.empty("path", "d", d, "fill", color);
            }
            if (sweep >= MIN_LABEL_ANGLE) {
                double mid = start + sweep / 2;
                double r = share[i] >= 0.9999 ? 0 : radius * 0.64;
                labels.add(new SliceLabel(numbers.percent(share[i]), cx + r * Math.cos(mid), cy + r * Math.sin(mid),
                        Palette.textOn(color)));
            }
            start += sweep;
        }
        svg.close("g");
        // Labels after all slices so no later slice paints over them.
        svg.open("g", "class", "slice-labels", "font-size", layout.small, "font-weight", "bold", "text-anchor", "middle");
        for (SliceLabel l : labels) {
            svg.textElement("text", l.text, "x", l.x, "y", Layout.baseline(l.y, layout.small), "fill", l.color);
        }
        svg.close("g");
    }

    private record SliceLabel(String text, double x, double y, String color) {
    }
}
