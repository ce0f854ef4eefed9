package org.baocao.config;

/**
 * The {@code print:} block of site.yaml: how the PDFs are laid out.
 *
 * @param pageSize         A4, A5 or Letter
 * @param margin           a CSS length, e.g. "20mm"
 * @param printShop        bleed and crop marks for a print shop
 * @param bilingualEdition also write one PDF with every language, one after the other
 */
public record PrintOptions(PageSize pageSize, String margin, boolean printShop, boolean bilingualEdition) {

    public static final PrintOptions DEFAULT = new PrintOptions(PageSize.A4, "20mm", false, false);

    /** The margin in millimetres; the loader accepts only mm, cm, in and pt. */
    public double marginMm() {
        double value = Double.parseDouble(margin.replaceAll("[a-z]+$", ""));
        if (margin.endsWith("cm")) return value * 10;
        if (margin.endsWith("in")) return value * 25.4;
        if (margin.endsWith("pt")) return value * 25.4 / 72;
        return value;
    }

    public enum PageSize {
        A4("210mm", "297mm", 210, 297), A5("148mm", "210mm", 148, 210), LETTER("8.5in", "11in", 215.9, 279.4);

        private final String width;
        private final String height;
        private final double widthMm;
        private final double heightMm;

        PageSize(String width, String height, double widthMm, double heightMm) {
            this.width = width;
            this.height = height;
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }

        public double widthMm() {
            return widthMm;
        }

        public double heightMm() {
            return heightMm;
        }

        public String width() {
            return width;
        }

        public String height() {
            return height;
        }

        /** The CSS @page size keyword. */
        public String css() {
            return this == LETTER ? "letter" : name();
        }
    }
}
