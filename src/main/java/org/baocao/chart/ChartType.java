package org.baocao.chart;

/** Kind of chart. {@link #BAR} draws horizontal bars, {@link #COLUMN} vertical columns. */
public enum ChartType {
    BAR, COLUMN, LINE, PIE
}
