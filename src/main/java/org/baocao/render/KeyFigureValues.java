package org.baocao.render;

import java.time.LocalDate;
import org.baocao.content.KeyFigure;
import org.baocao.i18n.Formats;
import org.baocao.yaml.YamlValue;

/** A key figure's value as its language prints it: the same formatting as the narratives, with its decimals. */
public final class KeyFigureValues {
    private KeyFigureValues() {}

    public static String format(KeyFigure figure, Formats formats, String language) {
        return format(figure.value(), figure, formats, language);
    }

    static String format(YamlValue value, KeyFigure figure, Formats formats, String language) {
        if (value instanceof YamlValue.Mapping m && m.get(language) instanceof YamlValue.Scalar s) {
            return String.valueOf(s.value());
        }
        if (!(value instanceof YamlValue.Scalar scalar) || scalar.value() == null) return "";
        if (scalar.number() != null) return formats.number(scalar.number(), figure.numbers());
        if (scalar.value() instanceof LocalDate date) return formats.date(date);
        return String.valueOf(scalar.value());
    }
}
