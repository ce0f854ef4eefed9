package org.baocao.chart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates text width without a font engine (the SVG is laid out once, then drawn by browsers and
 * Batik alike). Widths are Liberation Sans / Arial advance widths, padded a little so that wider
 * fallback fonts (e.g. DejaVu Sans) still fit.
 */
final class TextMetrics {
    static final String ELLIPSIS = "…";
    /** For category names, which are wrapped onto as many lines as they need and never cut. */
    static final int EVERY_LINE = Integer.MAX_VALUE;
    private static final double SAFETY = 1.1;

    // Advance widths (1/1000 em) of ASCII 32..126 in Arial/Liberation Sans.
    private static final int[] ASCII = {
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
    };

    private TextMetrics() {
    }

    static double width(String text, double fontSize) {
        // Decompose so Vietnamese letters measure as their base letter; combining marks add nothing.
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        double units = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            units += advance(cp);
        }
        return units / 1000.0 * fontSize * SAFETY;
    }

    private static int advance(int cp) {
        if (cp >= 32 && cp <= 126) {
            return ASCII[cp - 32];
        }
        int t = Character.getType(cp);
        if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT) {
            return 0;
        }
        if (cp == 'đ') {
            return 556;
        }
        if (cp == 'Đ') {
            return 722;
        }
        if (cp == 0x2026) {
            return 1000;
        }
        if (Character.isIdeographic(cp)) {
            return 1000;
        }
        return Character.isUpperCase(cp) ? 700 : 580;
    }

    /**
     * Greedy word wrap into at most {@code maxLines} lines no wider than {@code maxWidth};
     * overflowing text ends in an ellipsis. Always returns at least one line.
     */
    static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
        String[] words = text.trim().split("\\s+");
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (width(candidate, fontSize) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                i++;
                continue;
            }
            if (line.isEmpty()) {
                // A single word wider than a whole line: cut it; the ellipsis already marks the cut.
                lines.add(truncateAlways(words[i], maxWidth, fontSize));
                i++;
                if (lines.size() == maxLines) {
                    return lines;
                }
                continue;
            }
            if (lines.size() == maxLines - 1) {
                break;
            }
            lines.add(line.toString());
            line.setLength(0);
        }
        if (i < words.length) {
            // Text left over: the last line must show that something was cut.
            String rest = line + (line.isEmpty() ? "" : " ") + String.join(" ", Arrays.copyOfRange(words, i, words.length));
            lines.add(truncateAlways(rest, maxWidth, fontSize));
        } else if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The text itself if it fits, else its longest prefix that fits with an ellipsis. */
    static String truncate(String text, double maxWidth, double fontSize) {
        return width(text, fontSize) <= maxWidth ? text : truncateAlways(text, maxWidth, fontSize);
    }

    private static String truncateAlways(String text, double maxWidth, double fontSize) {
        // Work on code points of the NFC form so we never split a letter from its diacritic.
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        int[] cps = s.codePoints().toArray();
        for (int n = cps.length - 1; n > 0; n--) {
            String candidate = new String(cps, 0, n).stripTrailing() + ELLIPSIS;
            if (width(candidate, fontSize) <= maxWidth) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }
}
