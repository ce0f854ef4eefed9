package org.baocao.content;

import java.util.Locale;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
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
                diagnostics.error(decimals.at(), Message.NUMBER_DECIMALS_INVALID, describe(decimals));
            }
        }
        NumberStyle.Negative sign = NumberStyle.Negative.MINUS;
        if (negative != null) {
            String name = negative instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : "";
            switch (name.toLowerCase(Locale.ROOT)) {
                case "minus" -> sign = NumberStyle.Negative.MINUS;
                case "parentheses" -> sign = NumberStyle.Negative.PARENTHESES;
                default -> diagnostics.error(negative.at(), Message.NUMBER_NEGATIVE_INVALID, describe(negative));
            }
        }
        return new NumberStyle(places, sign);
    }

    /** The value in quotes, or its kind ("a list") in the tool's language. */
    private static Object describe(YamlValue value) {
        return value instanceof YamlValue.Scalar s && s.value() != null ? "'" + s.value() + "'" : YamlValue.kind(value);
    }
}
