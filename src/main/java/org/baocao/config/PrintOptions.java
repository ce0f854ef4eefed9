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

    public enum PageSize {
        A4("210mm", "297mm"), A5("148mm", "210mm"), LETTER("8.5in", "11in");

        private final String width;
        private final String height;

        PageSize(String width, String height) {
            this.width = width;
            this.height = height;
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
