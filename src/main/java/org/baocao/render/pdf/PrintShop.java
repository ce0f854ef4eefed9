package org.baocao.render.pdf;

import java.util.Locale;
import org.baocao.config.PrintOptions;

/**
 * A print shop's page: the trimmed page plus {@code bleedMm} of bleed on every side, inside a slug wide enough for
 * crop marks ({@code outsetMm} from the media edge to the trim). The layout draws on the whole media box;
 * {@link PdfWriter} sets the trim and bleed boxes and draws the marks.
 */
record PrintShop(double bleedMm, double outsetMm) {
    /** 3 mm of bleed is what most print shops ask for; 10 mm leaves room for 5 mm marks beyond the bleed. */
    static final PrintShop MARKS = new PrintShop(3, 10);

    /** The CSS size of the media box: "230mm 317mm" for A4. */
    String mediaSize(PrintOptions.PageSize trim) {
        return mm(trim.widthMm() + 2 * outsetMm) + " " + mm(trim.heightMm() + 2 * outsetMm);
    }

    static String mm(double value) {
        return String.format(Locale.ROOT, "%.2fmm", value);
    }
}
