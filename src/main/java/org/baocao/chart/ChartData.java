package org.baocao.chart;

import java.math.BigDecimal;

/** Read-only questions about a chart's numbers, shared by the renderers and the describer. */
final class ChartData {
    private ChartData() {
    }

    /** True if nothing can be drawn: no categories, no values, or (pie) no positive total. */
    static boolean isEmpty(Chart chart) {
        if (chart.categories().isEmpty() || chart.series().isEmpty()) {
            return true;
        }
        if (chart.type() == ChartType.PIE) {
            return pieTotal(chart).signum() <= 0;
        }
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                if (s.valueAt(i) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** {min, max} over all present values; {0, 0} if there are none. */
    static double[] extent(Chart chart) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                BigDecimal v = s.valueAt(i);
                if (v != null) {
                    min = Math.min(min, v.doubleValue());
                    max = Math.max(max, v.doubleValue());
                }
            }
        }
        return min > max ? new double[] {0, 0} : new double[] {min, max};
    }

    /** A pie shows the first series; negative and missing values cannot be slices. */
    static BigDecimal pieValue(Chart chart, int category) {
        if (chart.series().isEmpty()) {
            return null;
        }
        BigDecimal v = chart.series().get(0).valueAt(category);
        return v == null || v.signum() < 0 ? null : v;
    }

    static BigDecimal pieTotal(Chart chart) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < chart.categories().size(); i++) {
            BigDecimal v = pieValue(chart, i);
            if (v != null) {
                total = total.add(v);
            }
        }
        return total;
    }
}
