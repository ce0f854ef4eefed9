package org.baocao.render.model;

/**
 * A key figure, formatted in the page's language: the site's front page and the print edition show the same one.
 *
 * @param unit           the figure's unit ("tỷ đồng", "%"), or null
 * @param previousValue  the value it compares with, formatted as the value is, or null
 * @param change         absolute and percent change together ("+12,3 (+5,2%)"), or null
 * @param changeAbsolute the difference from the previous value ("+12,3", "−0,12"), or null
 * @param changePercent  the difference in percent of the previous value ("+5,2%"), or null when there is none to say
 * @param direction      "up", "down" or "same" when there is a change, else null: for the theme's arrow
 * @param assessment     "good", "bad" or "neutral" from the figure's {@code better:}, else null: for the theme's colour
 * @param comparedWith   the previous report's name as the page says it ("2024"), or null when the figure compares with
 *                       a figure of its own report
 */
public record KeyFigureView(String label, String value, String unit, String previousValue, String change,
                            String changeAbsolute, String changePercent, String direction, String assessment,
                            String comparedWith) {

    /** A figure shown without comparison. */
    public KeyFigureView(String label, String value, String unit) {
        this(label, value, unit, null, null, null, null, null, null, null);
    }
}
