package org.baocao.render.model;

/**
 * What macros/chart.ftlh's {@code chart} macro draws: a chart placed by {@code <@chart id="..."/>}.
 *
 * @param id         the figure's element id is {@code id + "-figure"}; the SVGs' ids start with it
 * @param number     "Hình 1", "Figure 1"
 * @param svg        the chart's wide shape, an SVG element: print with {@code ?no_esc}
 * @param compactSvg the same chart drawn for phones (class chart-compact); the print edition removes it
 * @param data       the numbers behind the chart, as a table without caption, for readers who cannot see it
 * @param download   where the site keeps the chart's data as CSV (a link placeholder the site resolves)
 */
public record ChartFigure(String id, String number, String title, String svg, String compactSvg, TableFigure data, String download) {}
