package org.baocao.content;

import java.util.Optional;
import org.baocao.i18n.LocalizedText;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlValue;

/**
 * A figure on the report's front page: a data path such as "outreach.people_reached" and its label.
 *
 * @param value    the figure's value, the path resolved (it may name another report's figure)
 * @param unit     printed after the value ("tỷ đồng", "%")
 * @param previous the figure it compares with, when {@code previous:} names one: else the change is against the
 *                 previous report that has a figure at the same path
 * @param better   whether a rise is good news (higher), a fall (lower), or neither is said (null)
 */
public record KeyFigure(String path, LocalizedText label, SourcePosition at, YamlValue value, NumberStyle numbers,
                        Optional<LocalizedText> unit, Optional<Previous> previous, Better better) {

    /**
     * @param reportId the report the reference names, or empty for a figure of this report
     * @param label    what the page says the change is against ("đầu nhiệm kỳ"), when given with {@code compared_with:}
     */
    public record Previous(String reference, Optional<String> reportId, YamlValue value, Optional<LocalizedText> label) {}

    public enum Better { HIGHER, LOWER }
}
