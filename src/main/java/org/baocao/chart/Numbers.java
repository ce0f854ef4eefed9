package org.baocao.chart;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.baocao.i18n.NumberFormats;
import java.util.Locale;

/**
 * Locale formatting for numbers the reader sees (vi-VN "36.176" / "48,75", en-GB "36,176" / "48.75").
 * A copy of the locale's format per call (NumberFormats): formats are not thread-safe.
 */
final class Numbers {
    private final Locale locale;

    Numbers(Locale locale) {
        this.locale = locale;
    }

    /** A data value, at most 2 fraction digits. */
    String value(BigDecimal v) {
        return fixed(v, 0, 2);
    }

    /** An axis tick with exactly the digits its step needs. */
    String tick(BigDecimal v, int fractionDigits) {
        return fixed(v, fractionDigits, fractionDigits);
    }

    /** A share in [0, 1] as a percentage with at most one fraction digit. */
    String percent(double share) {
        NumberFormat f = NumberFormats.percent(locale);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    private String fixed(BigDecimal v, int minDigits, int maxDigits) {
        NumberFormat f = NumberFormats.number(locale);
        f.setMinimumFractionDigits(minDigits);
        f.setMaximumFractionDigits(maxDigits);
        String s = f.format(v);
        // "-0" after rounding (e.g. -0.001) reads as an error.
        return s.startsWith("-0") && s.matches("-0([.,]0*)?") ? s.substring(1) : s;
    }
}
