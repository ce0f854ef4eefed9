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
import org.baocao.render.model.KeyFigureView;
import org.baocao.yaml.YamlValue;

/**
 * A key figure with its change since the previous report: the next older report whose data has a number at the
 * same path. Readers of an annual report look first at how a figure moved, so the front page says it.
 */
public final class KeyFigureChanges {
    private static final String MINUS = "\u2212";

    private KeyFigureChanges() {}

    /** @param newestFirst every report of the project, newest first, as {@code Project.reports()} holds them */
    public static KeyFigureView view(KeyFigure figure, Report report, List<Report> newestFirst, Formats formats, String language) {
        String label = figure.label().in(language);
        String value = KeyFigureValues.format(figure, report, formats, language);
        Optional<BigDecimal> current = number(figure.path(), report);
        if (current.isEmpty()) return new KeyFigureView(label, value);
        int index = newestFirst.indexOf(report);
        for (Report older : newestFirst.subList(index + 1, newestFirst.size())) {
            Optional<BigDecimal> previous = number(figure.path(), older);
            if (previous.isPresent()) {
                BigDecimal delta = current.get().subtract(previous.get());
                return new KeyFigureView(label, value, change(delta, previous.get(), formats), direction(delta),
                        older.id().replace('-', '\u2013'));
            }
        }
        return new KeyFigureView(label, value);
    }

    private static String change(BigDecimal delta, BigDecimal previous, Formats formats) {
        String absolute = signed(delta, formats.number(delta.abs()));
        if (previous.signum() == 0) return absolute;
        BigDecimal percent = delta.multiply(BigDecimal.valueOf(100)).divide(previous.abs(), MathContext.DECIMAL64)
                .setScale(1, RoundingMode.HALF_UP);
        return absolute + " (" + signed(percent, formats.percent(percent.abs())) + ")";
    }

    private static String signed(BigDecimal value, String formattedMagnitude) {
        return switch (value.signum()) {
            case 1 -> "+" + formattedMagnitude;
            case -1 -> MINUS + formattedMagnitude;
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

    private static Optional<BigDecimal> number(String path, Report report) {
        return DataReferences.resolve(path, report.dataSets())
                .flatMap(value -> value instanceof YamlValue.Scalar scalar ? Optional.ofNullable(scalar.number()) : Optional.empty());
    }
}
