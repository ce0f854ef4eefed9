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

/**
 * How one language writes numbers, percentages, amounts and dates: "152.730", "48,75%" and "20/11/2020" in
 * Vietnamese; "152,730", "48.75%" and "20 November 2020" in English. Every figure on the site and in the PDF
 * goes through here or through FreeMarker configured with the same locale, so the editions cannot differ.
 */
public final class Formats {
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

    /** Grouped, with up to 3 decimals, the same as FreeMarker's default number format. */
    public String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }

    /** The value is the percentage itself, as people type it: 48.75 prints "48,75%" or "48.75%". */
    public String percent(BigDecimal value) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value.movePointLeft(2));
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
