package org.baocao.content;

import java.util.Locale;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.Diagnostics;
import org.baocao.yaml.YamlValue;

/** Reads {@code decimals:} and {@code negative:}, which table columns and key figures share. */
final class NumberStyles {
    private NumberStyles() {}

    /** The style, or the default after reporting a wrong value. Either value may be absent (null). */
    static NumberStyle read(YamlValue decimals, YamlValue negative, Diagnostics diagnostics) {
        Integer places = null;
        if (decimals != null) {
            if (decimals instanceof YamlValue.Scalar s && s.value() instanceof Long n && n >= 0 && n <= 6) {
                places = n.intValue();
            } else {
                diagnostics.error(decimals.at(), "decimals must be a whole number from 0 to 6, found " + describe(decimals),
                        "write e.g. decimals: 1 to print 968,0 and 1.102,3");
            }
        }
        NumberStyle.Negative sign = NumberStyle.Negative.MINUS;
        if (negative != null) {
            String name = negative instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : "";
            switch (name.toLowerCase(Locale.ROOT)) {
                case "minus" -> sign = NumberStyle.Negative.MINUS;
                case "parentheses" -> sign = NumberStyle.Negative.PARENTHESES;
                default -> diagnostics.error(negative.at(), "negative must be minus or parentheses, found " + describe(negative),
                        "write negative: parentheses to print (12,4), or negative: minus (the default) for −12,4");
            }
        }
        return new NumberStyle(places, sign);
    }

    private static String describe(YamlValue value) {
        return value instanceof YamlValue.Scalar s && s.value() != null ? "'" + s.value() + "'" : YamlValue.kind(value);
    }
}
