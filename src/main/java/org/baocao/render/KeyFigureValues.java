package org.baocao.render;

import java.time.LocalDate;
import org.baocao.content.DataReferences;
import org.baocao.content.KeyFigure;
import org.baocao.content.Report;
import org.baocao.i18n.Formats;
import org.baocao.yaml.YamlValue;

/** A key figure's value as its language prints it: the same formatting as the narratives. */
public final class KeyFigureValues {
    private KeyFigureValues() {}

    public static String format(KeyFigure figure, Report report, Formats formats, String language) {
        YamlValue value = DataReferences.resolve(figure.path(), report.dataSets()).orElseThrow();
        if (value instanceof YamlValue.Mapping m && m.get(language) instanceof YamlValue.Scalar s) {
            return String.valueOf(s.value());
        }
        if (!(value instanceof YamlValue.Scalar scalar) || scalar.value() == null) return "";
        if (scalar.number() != null) return formats.number(scalar.number());
        if (scalar.value() instanceof LocalDate date) return formats.date(date);
        return String.valueOf(scalar.value());
    }
}
