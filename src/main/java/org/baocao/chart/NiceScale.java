package org.baocao.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A linear value axis with "nice" round ticks (steps of 1, 2, 2.5 or 5 times a power of ten).
 * Ticks are exact decimals so labels never show artefacts such as 0.30000000000000004.
 */
final class NiceScale {
    private static final double[] STEPS = {1, 2, 2.5, 5, 10};

    final BigDecimal min;
    final BigDecimal max;
    final BigDecimal step;

    private NiceScale(BigDecimal min, BigDecimal max, BigDecimal step) {
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** A scale covering [lo, hi] with about {@code targetTicks} intervals. */
    static NiceScale of(double lo, double hi, int targetTicks) {
        if (hi < lo) {
            double t = lo;
            lo = hi;
            hi = t;
        }
        if (hi == lo) {
            // No spread: give the axis some room around the single value.
            if (lo == 0) {
                hi = 1;
            } else {
                double pad = Math.abs(lo) * 0.1;
                lo -= pad;
                hi += pad;
            }
        }
        double rough = (hi - lo) / Math.max(1, targetTicks);
        int exp = (int) Math.floor(Math.log10(rough));
        double mag = Math.pow(10, exp);
        double factor = STEPS[STEPS.length - 1];
        for (double s : STEPS) {
            if (s * mag >= rough) {
                factor = s;
                break;
            }
        }
        BigDecimal step = BigDecimal.valueOf(factor).scaleByPowerOfTen(exp).stripTrailingZeros();
        BigDecimal min = BigDecimal.valueOf(lo).divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = BigDecimal.valueOf(hi).divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new NiceScale(min, max, step);
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** Fraction digits needed to print every tick exactly (e.g. 1 for a step of 2.5). */
    int fractionDigits() {
        return Math.max(0, step.stripTrailingZeros().scale());
    }

    /** Maps a value to [0, 1] along the axis. */
    double ratio(double v) {
        double lo = min.doubleValue();
        double span = max.doubleValue() - lo;
        return span == 0 ? 0 : (v - lo) / span;
    }
}
