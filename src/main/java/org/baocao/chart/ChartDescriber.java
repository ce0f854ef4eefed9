package org.baocao.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a chart's data as one plain-text paragraph (alt text for screen readers and PDF/UA), e.g.
 * "Column chart: Outreach activities (times). Conferences: 471; News items: 36,176."
 */
final class ChartDescriber {
    private final Numbers numbers;
    private final ChartWords words;

    ChartDescriber(Numbers numbers, ChartWords words) {
        this.numbers = numbers;
        this.words = words;
    }

    String describe(Chart chart) {
        StringBuilder b = new StringBuilder(words.typeName(chart.type()));
        String title = stripFinalPeriod(chart.title().strip());
        if (!title.isEmpty()) {
            b.append(": ").append(title);
        }
        if (chart.unit() != null) {
            b.append(" (").append(chart.unit()).append(')');
        }
        b.append('.');
        if (ChartData.isEmpty(chart)) {
            return b.append(' ').append(words.noData()).append('.').toString();
        }
        if (chart.type() == ChartType.PIE) {
            return pie(b, chart);
        }
        boolean named = chart.series().size() > 1;
        for (Series s : chart.series()) {
            b.append(' ');
            if (named) {
                b.append(s.name()).append(" — ");
            }
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = s.valueAt(i);
                parts.add(chart.categories().get(i) + ": " + (v == null ? words.missingValue() : numbers.value(v)));
            }
            b.append(String.join("; ", parts)).append('.');
        }
        return b.toString();
    }

    private String pie(StringBuilder b, Chart chart) {
        BigDecimal total = ChartData.pieTotal(chart);
        List<String> parts = new ArrayList<>();
        Series s = chart.series().get(0);
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal raw = s.valueAt(i);
            String part = chart.categories().get(i) + ": ";
            if (raw == null) {
                part += words.missingValue();
            } else if (raw.signum() < 0) {
                part += numbers.value(raw); // cannot be a slice, but the reader should still learn it
            } else {
                part += numbers.value(raw) + " (" + numbers.percent(raw.divide(total, MathContext.DECIMAL64).doubleValue()) + ")";
            }
            parts.add(part);
        }
        return b.append(' ').append(String.join("; ", parts)).append(". ")
                .append(words.total()).append(": ").append(numbers.value(total)).append('.').toString();
    }

    private static String stripFinalPeriod(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
