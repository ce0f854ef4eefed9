package org.baocao.render.model;

/**
 * A key figure, formatted in the page's language.
 *
 * @param change       the difference from the previous report that has the same figure ("+1,230 (+5.2%)"), or null
 * @param direction    "up", "down" or "same" when there is a change, else null: for the theme's arrow and colour
 * @param comparedWith the previous report's name as the page says it ("2019"), or null
 */
public record KeyFigureView(String label, String value, String change, String direction, String comparedWith) {

    /** A figure without an earlier report to compare with. */
    public KeyFigureView(String label, String value) {
        this(label, value, null, null, null);
    }
}
