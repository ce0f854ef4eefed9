package org.baocao.chart;

/**
 * Restrained report palette. Every colour has at least 3:1 contrast against white, so bars and
 * lines stay distinguishable from the page (WCAG 1.4.11); the order keeps neighbours dissimilar.
 */
final class Palette {
    static final String TEXT = "#222222";
    static final String MUTED_TEXT = "#555555";
    static final String GRID = "#e1e4e8";
    static final String AXIS = "#8a8f96";
    static final String WHITE = "#ffffff";

    static final String[] SERIES = {
        "#1f4e79", // deep blue
        "#1b7f7a", // teal
        "#c48519", // amber (dark labels on it)
        "#a23b2a", // brick
        "#6a4c93", // plum
        "#5b7f2b", // olive
        "#3d74b0", // mid blue
        "#6e6e6e", // grey
    };

    private Palette() {
    }

    static String color(int i) {
        return SERIES[Math.floorMod(i, SERIES.length)];
    }

    /** White or dark text, whichever reads better on {@code background}. */
    static String textOn(String background) {
        return contrast(background, WHITE) >= contrast(background, TEXT) ? WHITE : TEXT;
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int c) {
        double s = (c & 0xff) / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
