package org.baocao.chart;

import java.util.List;
import org.baocao.brand.Wcag;

/**
 * The colours of a chart: fixed text, grid and axis greys, and the series colours, which a brand may replace. The
 * default series colours have at least 3:1 contrast against white, so bars and lines stay distinguishable from the
 * page (WCAG 1.4.11); their order keeps neighbours dissimilar.
 */
final class Palette {
    static final String TEXT = "#222222";
    static final String MUTED_TEXT = "#555555";
    static final String GRID = "#e1e4e8";
    static final String AXIS = "#8a8f96";
    static final String WHITE = "#ffffff";

    static final List<String> DEFAULT_SERIES = List.of(
        "#1f4e79", // deep blue
        "#1b7f7a", // teal
        "#c48519", // amber (dark labels on it)
        "#a23b2a", // brick
        "#6a4c93", // plum
        "#5b7f2b", // olive
        "#3d74b0", // mid blue
        "#6e6e6e" // grey
    );

    static final Palette DEFAULT = new Palette(DEFAULT_SERIES);

    private final List<String> series;

    /** @param series "#rrggbb" colours in the order the series take them, repeated when a chart has more series */
    private Palette(List<String> series) {
        this.series = List.copyOf(series);
    }

    /** The brand's series colours, or the default ones when it gives none. */
    static Palette of(List<String> series) {
        return series.isEmpty() ? DEFAULT : new Palette(series);
    }

    String color(int i) {
        return series.get(Math.floorMod(i, series.size()));
    }

    /** White or dark text, whichever reads better on {@code background}. */
    static String textOn(String background) {
        return Wcag.contrast(background, WHITE) >= Wcag.contrast(background, TEXT) ? WHITE : TEXT;
    }
}
