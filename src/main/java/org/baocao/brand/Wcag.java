package org.baocao.brand;

/** Contrast between two "#rrggbb" colours as WCAG 2 defines it: from 1:1 (the same) to 21:1 (black on white). */
public final class Wcag {
    /** The least contrast of normal-size text with its background (WCAG 2 AA, 1.4.3). */
    public static final double TEXT_CONTRAST = 4.5;

    private Wcag() {}

    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    public static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int c) {
        double s = (c & 0xff) / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }
}
