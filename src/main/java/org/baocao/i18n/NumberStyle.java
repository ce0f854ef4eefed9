package org.baocao.i18n;

/**
 * How a table column or a key figure prints its numbers, as the user set it: a fixed number of decimals (so that
 * 968,0 lines up under 1.102,3) and how a negative number shows, −12,4 or (12,4) as financial statements write it.
 *
 * @param decimals exactly this many decimals, or null for "as written, up to 3"
 */
public record NumberStyle(Integer decimals, Negative negative) {

    public static final NumberStyle DEFAULT = new NumberStyle(null, Negative.MINUS);

    /** A true minus sign (U+2212), the default, or the accountants' parentheses. */
    public enum Negative { MINUS, PARENTHESES }
}
