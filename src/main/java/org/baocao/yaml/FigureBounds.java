package org.baocao.yaml;

import java.math.BigDecimal;

/**
 * The largest and smallest magnitudes a figure may have (10^18, 10^-12) and its most significant digits: beyond
 * them a number is a typing mistake, and formatting it could take all the memory (1e999999999 has a billion
 * digits). Data files and spreadsheets are held to the same bounds.
 */
public final class FigureBounds {
    public static final int MAX_EXPONENT = 18;
    public static final int MIN_EXPONENT = -12;
    public static final int MAX_DIGITS = 30;

    private FigureBounds() {}

    public static boolean within(BigDecimal value) {
        if (value.signum() == 0) return true;
        int exponent = value.precision() - value.scale() - 1;
        return exponent <= MAX_EXPONENT && exponent >= MIN_EXPONENT && value.stripTrailingZeros().precision() <= MAX_DIGITS;
    }

    /** The number as a message quotes it: a long one cut to 40 characters. */
    public static String shown(String written) {
        return written.length() > 40 ? written.substring(0, 37) + "..." : written;
    }
}
