package org.baocao.check;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.ChartSpec;
import org.baocao.content.DataReferences;
import org.baocao.content.DataSet;
import org.baocao.content.KeyFigure;
import org.baocao.content.Narrative;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.content.TableSpec;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlValue;

/**
 * The figures still to fill in: {@code baocao new report --from} empties every number and date of last year's data
 * sets, and each empty value that the report shows becomes a to-do, at the line where it is to be written. A value
 * counts when a narrative prints it, a key figure names it, or a chart or a table draws it. To keep the list short,
 * a chart series or a table column is one to-do when all of its values are empty; a single empty value among filled
 * ones is a gap, drawn as such on purpose, and is not listed.
 */
public final class EmptyValues {
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\w.])[A-Za-z_]\\w*(?:\\.\\w+)+");

    private EmptyValues() {}

    /** @param language the default language, whose names of series and columns the messages quote */
    public static void check(Report report, String language, Diagnostics diagnostics) {
        // Each empty value once, however many times it is used; true when a narrative prints it.
        Map<EmptyValue, Boolean> values = new LinkedHashMap<>();
        for (KeyFigure figure : report.keyFigures()) {
            emptyValue(figure.path(), report).ifPresent(v -> values.putIfAbsent(v, false));
        }
        for (Section section : report.sections()) {
            for (Narrative narrative : section.narratives().values()) {
                for (String reference : printedReferences(narrative.body())) {
                    emptyValue(reference, report).ifPresent(v -> values.put(v, true));
                }
            }
        }
        for (DataSet dataSet : report.dataSets().values()) {
            dataSet.charts().values().forEach(chart -> checkChart(dataSet, chart, language, values, diagnostics));
            dataSet.tables().values().forEach(table -> checkTable(dataSet, table, language, values, diagnostics));
        }
        values.forEach((value, printed) -> diagnostics.warning(value.at(), Message.VALUE_EMPTY, value.reference(),
                printed ? Message.WORD_PRINTED_EMPTY_BLOCKS : Message.WORD_SHOWN_EMPTY));
    }

    /** A value that is written {@code null} (or left empty), with the dotted reference that names it. */
    private record EmptyValue(String reference, SourcePosition at) {}

    /** The null value a dotted reference such as "outreach.people_reached" names, if it names one. */
    private static Optional<EmptyValue> emptyValue(String reference, Report report) {
        return DataReferences.resolve(reference, report.dataSets())
                .filter(value -> value instanceof YamlValue.Scalar s && s.isNull())
                .map(value -> new EmptyValue(reference, value.at()));
    }

    /** The data references inside the narrative's {@code ${...}}: what it prints. */
    static List<String> printedReferences(String body) {
        List<String> references = new ArrayList<>();
        Matcher interpolation = INTERPOLATION.matcher(body);
        while (interpolation.find()) {
            Matcher reference = REFERENCE.matcher(interpolation.group(1));
            while (reference.find()) references.add(reference.group());
        }
        return references;
    }

    private static void checkChart(DataSet dataSet, ChartSpec chart, String language, Map<EmptyValue, Boolean> values,
                                   Diagnostics diagnostics) {
        if (!(dataSet.lookup("charts." + chart.id() + ".series") instanceof YamlValue.Sequence series)) return;
        for (int i = 0; i < series.items().size() && i < chart.series().size(); i++) {
            if (!(series.items().get(i) instanceof YamlValue.Mapping one) || !(one.get("values") instanceof YamlValue.Sequence list)) continue;
            Cells cells = cells(dataSet, list.items(), true, values);
            if (cells.allEmpty() && cells.firstWrittenEmpty() != null) {
                diagnostics.warning(list.at(), Message.SERIES_EMPTY, dataSet.name() + "." + chart.id(),
                        chart.series().get(i).name().in(language));
            }
        }
    }

    private static void checkTable(DataSet dataSet, TableSpec table, String language, Map<EmptyValue, Boolean> values,
                                   Diagnostics diagnostics) {
        // The rows as written: the table's own rows hold the figures that cells name in their place.
        if (!(dataSet.lookup("tables." + table.id() + ".rows") instanceof YamlValue.Sequence rows)) return;
        List<String> emptyColumns = new ArrayList<>();
        SourcePosition first = null;
        for (TableSpec.Column column : table.columns()) {
            List<YamlValue> written = new ArrayList<>();
            for (YamlValue row : rows.items()) {
                if (row instanceof YamlValue.Mapping cellsOfRow && cellsOfRow.get(column.key()) != null) written.add(cellsOfRow.get(column.key()));
            }
            Cells cells = cells(dataSet, written, column.isNumeric(), values);
            if (cells.allEmpty() && cells.firstWrittenEmpty() != null) {
                emptyColumns.add("'" + column.label().in(language) + "'");
                if (first == null || before(cells.firstWrittenEmpty(), first)) first = cells.firstWrittenEmpty();
            }
        }
        if (emptyColumns.isEmpty()) return;
        String name = dataSet.name() + "." + table.id();
        if (emptyColumns.size() == 1) diagnostics.warning(first, Message.TABLE_COLUMN_EMPTY, name, emptyColumns.get(0));
        else diagnostics.warning(first, Message.TABLE_COLUMNS_EMPTY, name, emptyColumns.subList(0, emptyColumns.size() - 1),
                emptyColumns.get(emptyColumns.size() - 1));
    }

    /**
     * @param allEmpty          every value is empty, written so or a named figure without a value
     * @param firstWrittenEmpty the first value written {@code null} in the list itself; null when there is none, as when
     *                          every value names a figure: those figures are the to-dos, each at its own line
     */
    private record Cells(boolean allEmpty, SourcePosition firstWrittenEmpty) {}

    /**
     * Looks at the values of one series or table column as written: {@code null}, a number, or the name of a figure of
     * the same data set (where {@code namesFigures}: charts and number columns), whose emptiness is recorded in
     * {@code values}.
     */
    private static Cells cells(DataSet dataSet, List<YamlValue> written, boolean namesFigures, Map<EmptyValue, Boolean> values) {
        boolean allEmpty = !written.isEmpty();
        SourcePosition firstWrittenEmpty = null;
        for (YamlValue cell : written) {
            if (cell instanceof YamlValue.Scalar s && s.isNull()) {
                if (firstWrittenEmpty == null) firstWrittenEmpty = cell.at();
            } else if (namesFigures && cell instanceof YamlValue.Scalar s && s.value() instanceof String name
                    && dataSet.lookup(name) instanceof YamlValue.Scalar figure && figure.isNull()) {
                values.putIfAbsent(new EmptyValue(dataSet.name() + "." + name, figure.at()), false);
            } else {
                allEmpty = false;
            }
        }
        return new Cells(allEmpty, firstWrittenEmpty);
    }

    private static boolean before(SourcePosition a, SourcePosition b) {
        return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
    }
}
