package org.baocao.config;

/**
 * The {@code print:} block of site.yaml: how the PDFs are laid out.
 *
 * @param pageSize         A4, A5 or Letter
 * @param margin           a CSS length, e.g. "20mm"
 * @param printShop        bleed and crop marks for a print shop
 * @param bilingualEdition also write one PDF with every language, one after the other
 * @param chapterOpeners   how a chapter starts: its number, title and summary on a page or a half page of their own
 */
public record PrintOptions(PageSize pageSize, String margin, boolean printShop, boolean bilingualEdition,
                           ChapterOpeners chapterOpeners) {

    public static final PrintOptions DEFAULT = new PrintOptions(PageSize.A4, "20mm", false, false, ChapterOpeners.HALF);

    public enum ChapterOpeners { PAGE, HALF, NONE }

    /** The margin in millimetres; the loader accepts only mm, cm, in and pt. */
    public double marginMm() {
        double value = Double.parseDouble(margin.replaceAll("[a-z]+$", ""));
        if (margin.endsWith("cm")) return value * 10;
        if (margin.endsWith("in")) return value * 25.4;
        if (margin.endsWith("pt")) return value * 25.4 / 72;
        return value;
    }

    public enum PageSize {
        A4(210, 297), A5(148, 210), LETTER(215.9, 279.4);

        private final double widthMm;
        private final double heightMm;

        PageSize(double widthMm, double heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        public double widthMm() {
            return widthMm;
        }

        public double heightMm() {
            return heightMm;
        }

        /** The CSS @page size keyword. */
        public String css() {
            return this == LETTER ? "letter" : name();
        }
    }
}
