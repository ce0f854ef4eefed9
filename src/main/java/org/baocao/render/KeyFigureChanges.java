package org.baocao.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.baocao.content.DataReferences;
import org.baocao.content.KeyFigure;
import org.baocao.content.Report;
import org.baocao.i18n.Formats;
import org.baocao.i18n.NumberStyle;
import org.baocao.render.model.KeyFigureView;
import org.baocao.yaml.YamlValue;

/**
 * A key figure with its change: against the figure its {@code previous:} names, else against the next older report
 * (published or data only) whose data has a number at the same path. Readers of an annual report look first at how a
 * figure moved, so both editions say it.
 */
public final class KeyFigureChanges {
    private static final NumberStyle PERCENT_CHANGE = new NumberStyle(1, NumberStyle.Negative.MINUS);

    private KeyFigureChanges() {}

    /** @param newestFirst every report of the project, data-only ones too, newest first ({@code Project.allReports()}) */
    public static KeyFigureView view(KeyFigure figure, Report report, List<Report> newestFirst, Formats formats, String language) {
        String label = figure.label().in(language);
        String value = KeyFigureValues.format(figure, formats, language);
        String unit = figure.unit().map(u -> u.in(language)).orElse(null);
        Optional<BigDecimal> current = number(figure.value());
        if (current.isEmpty()) return new KeyFigureView(label, value, unit);
        if (figure.previous().isPresent()) {
            KeyFigure.Previous previous = figure.previous().get();
            Optional<BigDecimal> before = number(previous.value());
            if (before.isEmpty()) return new KeyFigureView(label, value, unit);
            return compared(figure, label, value, unit, current.get(), before.get(), formats,
                    previous.label().map(l -> l.in(language)).orElse(previous.reportId().map(KeyFigureChanges::name).orElse(null)));
        }
        // By id: a report's record equality compares every section's text, and this runs for every card of every page.
        int index = -1;
        for (int i = 0; i < newestFirst.size() && index < 0; i++) {
            if (newestFirst.get(i).id().equals(report.id())) index = i;
        }
        if (index < 0) return new KeyFigureView(label, value, unit);
        for (Report older : newestFirst.subList(index + 1, newestFirst.size())) {
            Optional<BigDecimal> before = DataReferences.resolve(figure.path(), older.dataSets()).flatMap(KeyFigureChanges::number);
            if (before.isPresent()) {
                return compared(figure, label, value, unit, current.get(), before.get(), formats, name(older.id()));
            }
        }
        return new KeyFigureView(label, value, unit);
    }

    private static KeyFigureView compared(KeyFigure figure, String label, String value, String unit, BigDecimal current,
                                          BigDecimal previous, Formats formats, String comparedWith) {
        BigDecimal delta = current.subtract(previous);
        NumberStyle style = new NumberStyle(figure.numbers().decimals(), NumberStyle.Negative.MINUS);
        String absolute = signed(delta, formats.number(delta.abs(), style));
        String percent = null;
        if (previous.signum() != 0) {
            BigDecimal ratio = delta.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), MathContext.DECIMAL64)
                    .setScale(1, RoundingMode.HALF_UP);
            percent = signed(ratio, formats.percent(ratio.abs(), PERCENT_CHANGE));
        }
        String change = percent == null ? absolute : absolute + " (" + percent + ")";
        return new KeyFigureView(label, value, unit, formats.number(previous, figure.numbers()), change, absolute, percent,
                direction(delta), assessment(delta, figure.better()), comparedWith);
    }

    private static String signed(BigDecimal value, String formattedMagnitude) {
        return switch (value.signum()) {
            case 1 -> "+" + formattedMagnitude;
            case -1 -> Formats.MINUS + formattedMagnitude;
            default -> formattedMagnitude;
        };
    }

    private static String direction(BigDecimal delta) {
        return switch (delta.signum()) {
            case 1 -> "up";
            case -1 -> "down";
            default -> "same";
        };
    }

    private static String assessment(BigDecimal delta, KeyFigure.Better better) {
        if (better == null) return null;
        if (delta.signum() == 0) return "neutral";
        return (delta.signum() > 0) == (better == KeyFigure.Better.HIGHER) ? "good" : "bad";
    }

    /** A report's name as a page says it: a term's hyphen becomes an en dash (2016–2020). */
    private static String name(String reportId) {
        return reportId.replace('-', '\u2013');
    }

    private static Optional<BigDecimal> number(YamlValue value) {
        return value instanceof YamlValue.Scalar scalar ? Optional.ofNullable(scalar.number()) : Optional.empty();
    }
}
