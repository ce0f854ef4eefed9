package org.baocao.i18n;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A locale's number and percent formats, made once and handed out as copies. {@link NumberFormat#getNumberInstance}
 * reads the locale's data and parses its pattern at every call, which for every cell of every table was a twentieth
 * of a large build; a copy is cheap, and each caller may set its own digits on it.
 */
public final class NumberFormats {
    private static final Map<Locale, NumberFormat> NUMBER = new ConcurrentHashMap<>();
    private static final Map<Locale, NumberFormat> PERCENT = new ConcurrentHashMap<>();

    private NumberFormats() {}

    /** A new {@link NumberFormat#getNumberInstance(Locale)}. */
    public static NumberFormat number(Locale locale) {
        return (NumberFormat) NUMBER.computeIfAbsent(locale, NumberFormat::getNumberInstance).clone();
    }

    /** A new {@link NumberFormat#getPercentInstance(Locale)}. */
    public static NumberFormat percent(Locale locale) {
        return (NumberFormat) PERCENT.computeIfAbsent(locale, NumberFormat::getPercentInstance).clone();
    }
}
