package org.baocao.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link Chart} as one self-contained, accessible {@code <svg>} element that both
 * browsers and Batik (openhtmltopdf) draw identically: presentation attributes only, no CSS, no
 * scripts, no foreignObject. Output is deterministic, so generated sites diff cleanly.
 *
 * <p>The visible chart has no title: put {@link Chart#title()} in the surrounding figure caption.
 * The title is still in the SVG's {@code <title>}, and {@link #describe} is its {@code <desc>}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SvgChartRenderer {
    private final ChartWords words;
    private final Numbers numbers;
    private final ChartDescriber describer;
    private final Palette palette;

    /**
     * @param locale formats the numbers the reader sees (vi-VN "152.730" / "48,75", en-GB "152,730" / "48.75")
     * @param words  texts in the same language as the charts to render
     */
    public SvgChartRenderer(Locale locale, ChartWords words) {
        this(locale, words, List.of());
    }

    /**
     * @param seriesColors "#rrggbb" colours the series take in order (the brand's); empty for the default palette
     */
    public SvgChartRenderer(Locale locale, ChartWords words, List<String> seriesColors) {
        this.palette = Palette.of(seriesColors);
        this.words = Objects.requireNonNull(words, "words");
        this.numbers = new Numbers(Objects.requireNonNull(locale, "locale"));
        this.describer = new ChartDescriber(numbers, words);
    }

    /**
     * The chart for a page or print column: 640 units wide.
     *
     * @param domId unique id in the page; also prefixes the ids of {@code <title>} and {@code <desc>}
     * @return one {@code <svg>} element, well-formed XML, 100% wide with a fixed aspect ratio
     */
    public String render(Chart chart, String domId) {
        return render(chart, domId, Layout.WIDE);
    }

    /**
     * The same chart laid out for a phone: 360 units wide, so its text stays legible at about 340 px. Bar labels
     * sit above their bars, column and line labels are wrapped or turned, legends go below the plot. Its
     * {@code <svg>} has the class {@code chart-compact} besides those of {@link #render}.
     *
     * @param domId unique id in the page, different from the wide chart's
     */
    public String renderCompact(Chart chart, String domId) {
        return render(chart, domId, Layout.COMPACT);
    }

    private String render(Chart chart, String domId, Layout layout) {
        Objects.requireNonNull(chart, "chart");
        if (domId == null || domId.isBlank()) {
            throw new IllegalArgumentException("domId must not be blank");
        }
        SvgBuilder body = new SvgBuilder();
        double top = Header.draw(body, chart, words, layout, palette, layout.edge);
        double bottom;
        if (ChartData.isEmpty(chart)) {
            bottom = emptyState(body, layout, top);
        } else {
            bottom = switch (chart.type()) {
                case BAR -> new BarChartRenderer(numbers, layout, palette).draw(body, chart, top);
                case COLUMN, LINE -> new AxisChartRenderer(numbers, layout, palette).draw(body, chart, top);
                case PIE -> new PieChartRenderer(numbers, layout, palette).draw(body, chart, top + 4);
            };
            bottom = Header.drawBelow(body, chart, layout, palette, bottom);
        }
        double height = Math.ceil(bottom + layout.edge);
        String type = chart.type().name().toLowerCase(Locale.ROOT);
        String title = chart.title().isBlank() ? words.typeName(chart.type()) : chart.title();

        SvgBuilder svg = new SvgBuilder();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg",
                "viewBox", "0 0 " + SvgBuilder.num(layout.width) + " " + SvgBuilder.num(height),
                "width", "100%", "role", "img", "aria-labelledby", domId + "-title " + domId + "-desc",
                "class", "chart chart-" + type + (layout.compact ? " chart-compact" : ""), "id", domId,
                "font-family", Layout.FONT_FAMILY);
        svg.textElement("title", title, "id", domId + "-title");
        svg.textElement("desc", describe(chart), "id", domId + "-desc");
        return svg + body.toString() + "</svg>";
    }

    /** Plain-text alt text in the chart's language, built from the data. */
    public String describe(Chart chart) {
        return describer.describe(Objects.requireNonNull(chart, "chart"));
    }

    private double emptyState(SvgBuilder body, Layout layout, double top) {
        double center = top + 40;
        body.textElement("text", words.noData(), "x", layout.width / 2, "y", Layout.baseline(center, layout.font),
                "font-size", layout.font, "fill", Palette.MUTED_TEXT, "text-anchor", "middle");
        return center + 40;
    }
}
