package org.baocao.chart;

/**
 * Geometry of one of the two chart shapes. {@link #WIDE} is 640 units wide: it fills an A4 text column and a
 * desktop page. {@link #COMPACT} is 360 units wide for phones: at a 375 px screen (about 343 px of content) one
 * unit is about 0.95 px, so its smallest text (12 units) still draws at about 11.4 px.
 */
final class Layout {
    static final Layout WIDE = new Layout(640, 16, 16, 14, 13, 17, new double[] {13, 12, 11}, false);
    static final Layout COMPACT = new Layout(360, 4, 8, 15, 14, 18, new double[] {14, 13, 12}, true);

    static final String FONT_FAMILY = "Liberation Sans, Arial, sans-serif";

    final double width;
    /** Blank margin inside the viewBox; small when compact, where the page's own margin already frames the chart. */
    final double pad;
    /** Blank margin above and below. */
    final double edge;
    /** Category names, legend entries. */
    final double font;
    /** Ticks, unit caption, value labels at their largest. */
    final double small;
    final double lineHeight;
    /** Value label sizes to try, largest first; when none fits the labels are left out (the data table has them). */
    final double[] valueLabelSizes;
    /** Rearranges labels and legends for a narrow screen rather than only shrinking them. */
    final boolean compact;

    private Layout(double width, double pad, double edge, double font, double small, double lineHeight,
                   double[] valueLabelSizes, boolean compact) {
        this.width = width;
        this.pad = pad;
        this.edge = edge;
        this.font = font;
        this.small = small;
        this.lineHeight = lineHeight;
        this.valueLabelSizes = valueLabelSizes;
        this.compact = compact;
    }

    /**
     * Baseline that visually centres a line of text on {@code centerY}. We compute it rather than
     * rely on dominant-baseline, which Batik does not support reliably.
     */
    static double baseline(double centerY, double fontSize) {
        return centerY + fontSize * 0.35;
    }
}
