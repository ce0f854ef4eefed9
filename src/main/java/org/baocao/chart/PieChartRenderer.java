package org.baocao.chart;

import static org.baocao.chart.Layout.FONT;
import static org.baocao.chart.Layout.LINE_HEIGHT;
import static org.baocao.chart.Layout.PAD;
import static org.baocao.chart.Layout.SMALL;
import static org.baocao.chart.Layout.WIDTH;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A pie of the first series with a legend (category, value, percent) on its right. Percentages
 * are printed inside slices only when the slice is wide enough; the legend always has them.
 */
final class PieChartRenderer {
    private static final double RADIUS = 112;
    private static final double MIN_LABEL_ANGLE = 0.42; // radians, about 24°
    private static final double ROW_GAP = 8;

    private final Numbers numbers;

    PieChartRenderer(Numbers numbers) {
        this.numbers = numbers;
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

        // Legend geometry first: its height decides the chart's height.
        double legendLeft = PAD + 2 * RADIUS + 40;
        double legendRight = WIDTH - PAD;
        List<String> amounts = new ArrayList<>();
        double amountWidth = 0;
        for (int i : shown) {
            String a = numbers.value(ChartData.pieValue(chart, i)) + " (" + numbers.percent(share[i]) + ")";
            amounts.add(a);
            amountWidth = Math.max(amountWidth, TextMetrics.width(a, FONT));
        }
        double nameLeft = legendLeft + 20;
        double nameWidth = Math.max(60, legendRight - amountWidth - 12 - nameLeft);
        List<List<String>> names = new ArrayList<>();
        double legendHeight = 0;
        for (int i : shown) {
            List<String> lines = TextMetrics.wrap(categories.get(i), nameWidth, FONT, 2);
            names.add(lines);
            legendHeight += lines.size() * LINE_HEIGHT + ROW_GAP;
        }
        legendHeight -= ROW_GAP;

        double height = Math.max(2 * RADIUS, legendHeight);
        double cx = PAD + RADIUS;
        double cy = top + 4 + height / 2;
        drawSlices(svg, shown, share, cx, cy);

        svg.open("g", "class", "legend", "font-size", FONT, "fill", Palette.TEXT);
        double y = cy - legendHeight / 2;
        for (int k = 0; k < shown.size(); k++) {
            List<String> lines = names.get(k);
            double firstBaseline = Layout.baseline(y + LINE_HEIGHT / 2, FONT);
            svg.empty("rect", "x", legendLeft, "y", y + LINE_HEIGHT / 2 - 6, "width", 12.0, "height", 12.0,
                    "fill", Palette.color(shown.get(k)));
            for (int l = 0; l < lines.size(); l++) {
                svg.textElement("text", lines.get(l), "x", nameLeft, "y", firstBaseline + l * LINE_HEIGHT);
            }
            svg.textElement("text", amounts.get(k), "x", legendRight, "y", firstBaseline, "text-anchor", "end");
            y += lines.size() * LINE_HEIGHT + ROW_GAP;
        }
        svg.close("g");
        return top + 4 + height + 8;
    }

    private void drawSlices(SvgBuilder svg, List<Integer> shown, double[] share, double cx, double cy) {
        svg.open("g", "class", "slices", "stroke", Palette.WHITE, "stroke-width", 1.5, "stroke-linejoin", "round");
        double start = -Math.PI / 2; // twelve o'clock, then clockwise
        List<SliceLabel> labels = new ArrayList<>();
        for (int i : shown) {
            double sweep = share[i] * 2 * Math.PI;
            if (sweep <= 0) {
                continue;
            }
            String color = Palette.color(i);
            if (share[i] >= 0.9999) {
                // An arc cannot start and end at the same point: a whole pie is a circle.
                svg.empty("circle", "cx", cx, "cy", cy, "r", RADIUS, "fill", color);
            } else {
                double end = start + sweep;
                String d = "M" + SvgBuilder.num(cx) + " " + SvgBuilder.num(cy)
                        + " L" + SvgBuilder.num(cx + RADIUS * Math.cos(start)) + " " + SvgBuilder.num(cy + RADIUS * Math.sin(start))
                        + " A" + SvgBuilder.num(RADIUS) + " " + SvgBuilder.num(RADIUS) + " 0 " + (sweep > Math.PI ? 1 : 0) + " 1 "
                        + SvgBuilder.num(cx + RADIUS * Math.cos(end)) + " " + SvgBuilder.num(cy + RADIUS * Math.sin(end)) + " Z";
                svg.empty("path", "d", d, "fill", color);
            }
            if (sweep >= MIN_LABEL_ANGLE) {
                double mid = start + sweep / 2;
                double r = share[i] >= 0.9999 ? 0 : RADIUS * 0.64;
                labels.add(new SliceLabel(numbers.percent(share[i]), cx + r * Math.cos(mid), cy + r * Math.sin(mid),
                        Palette.textOn(color)));
            }
            start += sweep;
        }
        svg.close("g");
        // Labels after all slices so no later slice paints over them.
        svg.open("g", "class", "slice-labels", "font-size", SMALL, "font-weight", "bold", "text-anchor", "middle");
        for (SliceLabel l : labels) {
            svg.textElement("text", l.text, "x", l.x, "y", Layout.baseline(l.y, SMALL), "fill", l.color);
        }
        svg.close("g");
    }

    private record SliceLabel(String text, double x, double y, String color) {
    }
}
