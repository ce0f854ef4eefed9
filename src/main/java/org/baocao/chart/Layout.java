package org.baocao.chart;

/**
 * Shared geometry. The viewBox is 640 units wide: at a 375 px phone that is a scale of about 0.55,
 * so 13–14 unit fonts remain readable while the chart still fills an A4 text column.
 */
final class Layout {
    static final double WIDTH = 640;
    static final double PAD = 16;
    static final double FONT = 14;
    static final double SMALL = 13;
    static final double LINE_HEIGHT = 17;
    static final String FONT_FAMILY = "Liberation Sans, Arial, sans-serif";

    private Layout() {
    }

    /**
     * Baseline that visually centres a line of text on {@code centerY}. We compute it rather than
     * rely on dominant-baseline, which Batik does not support reliably.
     */
    static double baseline(double centerY, double fontSize) {
        return centerY + fontSize * 0.35;
    }
}
