package org.baocao.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;

/**
 * How one language writes numbers, percentages, amounts and dates: "152.730", "48,75%" and "20/11/2020" in
 * Vietnamese; "152,730", "48.75%" and "20 November 2020" in English. Every figure on the site and in the PDF
 * goes through here or through FreeMarker configured with the same locale, so the editions cannot differ.
 */
public final class Formats {
    /** U+2212, the minus sign of typesetting: as wide as the plus, never taken for a hyphen or broken at a line end. */
    public static final String MINUS = "\u2212";
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final String currency;

    public Formats(Locale locale, String datePattern, String currency) {
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofPattern(datePattern, locale);
        this.currency = currency;
    }

    public Locale locale() {
        return locale;
    }

    /** Grouped, with up to 3 decimals, the same as FreeMarker's default number format; negatives with a true minus. */
    public String number(BigDecimal value) {
        return number(value, NumberStyle.DEFAULT);
    }

    /** Grouped, with the style's fixed decimals (else up to 3), negatives as the style says. */
    public String number(BigDecimal value, NumberStyle style) {
        NumberFormat format = NumberFormats.number(locale);
        return signed(value, style, magnitude -> {
            fractionDigits(format, style, 3);
            return format.format(magnitude);
        });
    }

    /** The value is the percentage itself, as people type it: 48.75 prints "48,75%" or "48.75%". */
    public String percent(BigDecimal value) {
        return percent(value, NumberStyle.DEFAULT);
    }

    public String percent(BigDecimal value, NumberStyle style) {
        NumberFormat format = NumberFormats.percent(locale);
        return signed(value, style, magnitude -> {
            fractionDigits(format, style, 2);
            return format.format(magnitude.movePointLeft(2));
        });
    }

    private static void fractionDigits(NumberFormat format, NumberStyle style, int maximum) {
        if (style.decimals() == null) {
            format.setMaximumFractionDigits(maximum);
        } else {
            format.setMinimumFractionDigits(style.decimals());
            format.setMaximumFractionDigits(style.decimals());
        }
        format.setRoundingMode(RoundingMode.HALF_UP);
    }

    /**
     * The magnitude formatted, with the sign the style asks for. A value that rounds to zero at the printed decimals
     * has no sign: "−0,0" would be noise.
     */
    private static String signed(BigDecimal value, NumberStyle style, Function<BigDecimal, String> magnitude) {
        BigDecimal rounded = value.setScale(style.decimals() == null ? 3 : style.decimals(), RoundingMode.HALF_UP);
        String digits = magnitude.apply(value.abs());
        if (rounded.signum() >= 0) return digits;
        return style.negative() == NumberStyle.Negative.PARENTHESES ? "(" + digits + ")" : MINUS + digits;
    }

    /** An amount in the site's currency, with that currency's usual decimals (none for the đồng). */
    public String currency(BigDecimal value) {
        Currency unit = Currency.getInstance(currency);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(unit);
        if (format instanceof DecimalFormat decimal) {
            DecimalFormatSymbols symbols = decimal.getDecimalFormatSymbols();
            symbols.setCurrency(unit);
            if (unit.getCurrencyCode().equals("VND")) symbols.setCurrencySymbol("₫");
            decimal.setDecimalFormatSymbols(symbols);
        }
        int digits = Math.max(0, unit.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(value.setScale(digits, RoundingMode.HALF_EVEN));
    }

    public String date(LocalDate date) {
        return dateFormat.format(date);
    }
}
