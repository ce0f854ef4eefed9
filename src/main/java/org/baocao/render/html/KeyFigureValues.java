package org.baocao.render.html;

import java.math.BigDecimal;
import java.math.BigInteger;
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
        Object v = scalar.value();
        if (v instanceof Long l) return formats.number(BigDecimal.valueOf(l));
        if (v instanceof BigInteger b) return formats.number(new BigDecimal(b));
        if (v instanceof BigDecimal d) return formats.number(d);
        if (v instanceof LocalDate d) return formats.date(d);
        return String.valueOf(v);
    }
}
