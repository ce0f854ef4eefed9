package org.baocao.content;

import org.baocao.source.ToolLanguage;
import org.baocao.source.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baocao.chart.ChartType;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedText;
import org.baocao.i18n.LocalizedTexts;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/** Reads one data set: free-form values, plus the reserved {@code charts:} and {@code tables:} blocks. */
final class DataSetReader {
    /** The reserved row key for a row's style. */
    private static final String STYLE = "style";
    private static final Set<String> CHART_TYPES = Set.of("bar", "column", "line", "pie");

    private final Languages languages;
    private final LocalizedTexts texts;
    private final Diagnostics diagnostics;
    /** The data set being read: charts and tables may name its figures instead of repeating them. */
    private YamlValue.Mapping root;
    private final Set<String> brokenFigures = new HashSet<>();

    private final ReportFigures otherReports;

    DataSetReader(Languages languages, LocalizedTexts texts, Diagnostics diagnostics, ReportFigures otherReports) {
        this.otherReports = otherReports;
        this.languages = languages;
        this.texts = texts;
        this.diagnostics = diagnostics;
    }

    DataSet read(String name, SourceFile file, YamlValue.Mapping root) {
        this.root = root;
        // The texts of charts and tables are reported by their readers, which name them ("chart title").
        Set<YamlValue.Mapping> blanked = Collections.newSetFromMap(new IdentityHashMap<>());
        root.entries().forEach((key, child) -> reportMissing(child, !key.equals("charts") && !key.equals("tables"), blanked));
        Map<String, Map<String, Object>> byLanguage = new LinkedHashMap<>();
        for (String code : languages.codes()) {
            boolean isDefault = code.equals(languages.defaultLanguage().code());
            byLanguage.put(code, DataView.of(root, languages, code, isDefault ? blanked : Set.of()));
        }
        Map<String, ChartSpec> charts = readCharts(root.get("charts"));
        Map<String, TableSpec> tables = readTables(root.get("tables"));
        return new DataSet(name, file, root, Collections.unmodifiableMap(byLanguage), charts, tables, Set.copyOf(brokenFigures));
    }

    /**
     * Reports the problems of the localized texts below {@code value}, as templates will see them in the default
     * language: languages missing, and mappings meant as a text with a stray or misspelt key, which that language then
     * sees as an empty text ({@code blanked}). Given once, for the default language.
     */
    private void reportMissing(YamlValue value, boolean reported, Set<YamlValue.Mapping> blanked) {
        if (!reported) return;
        if (value instanceof YamlValue.Sequence seq) {
            seq.items().forEach(item -> reportMissing(item, true, blanked));
        } else if (value instanceof YamlValue.Mapping mapping) {
            if (texts.isLocalized(mapping)) {
                texts.read(mapping, "text");
            } else if (isText(mapping) && texts.reportMisspeltLanguages(mapping)) {
                blanked.add(mapping);
            } else {
                mapping.entries().forEach((key, child) -> reportMissing(child, true, blanked));
            }
        }
    }

    /** Texts only (or nothing), as a text per language is; a mapping of numbers is data. */
    private static boolean isText(YamlValue.Mapping mapping) {
        return mapping.entries().values().stream().allMatch(v -> v instanceof YamlValue.Scalar s && (s.isNull() || s.value() instanceof String));
    }

    private Map<String, ChartSpec> readCharts(YamlValue value) {
        if (value == null) return Map.of();
        if (!(value instanceof YamlValue.Mapping mapping)) {
            diagnostics.error(value.at(), Message.CHARTS_NOT_MAPPING);
            return Map.of();
        }
        Map<String, ChartSpec> charts = new LinkedHashMap<>();
        mapping.entries().forEach((id, spec) -> readChart(id, spec).ifPresentOrElse(chart -> charts.put(id, chart), () -> brokenFigures.add(id)));
        return Collections.unmodifiableMap(charts);
    }

    private Optional<ChartSpec> readChart(String id, YamlValue value) {
        MappingReader chart = MappingReader.of(value, Message.WORD_CHART_NAMED.with(id), diagnostics);
        if (chart == null) return Optional.empty();
        YamlValue type = chart.required("type", "type: bar");
        YamlValue title = chart.required("title", "title: {vi: ..., en: ...}");
        YamlValue unit = chart.optional("unit");
        YamlValue categories = chart.required("categories", "categories: [{vi: ..., en: ...}]");
        YamlValue series = chart.required("series", "series: [{name: {vi: ..., en: ...}, values: [1, 2]}]");
        chart.rejectUnknownKeys(Message.WORD_CHART_NAMED.with(id));
        if (type == null || title == null || categories == null || series == null) return Optional.empty();

        String typeName = type instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : "";
        Optional<ChartType> chartType = Arrays.stream(ChartType.values())
                .filter(known -> known.name().toLowerCase(Locale.ROOT).equals(typeName)).findFirst();
        if (chartType.isEmpty()) {
            diagnostics.error(type.at(), Message.CHART_TYPE_UNKNOWN, typeName);
            return Optional.empty();
        }
        LocalizedText titleText = texts.read(title, Message.WORD_CHART_TITLE);
        Optional<LocalizedText> unitText = unit == null ? Optional.empty() : Optional.ofNullable(texts.read(unit, Message.WORD_CHART_UNIT));
        List<LocalizedText> categoryTexts = readTextList(categories, Message.WORD_CHART_CATEGORIES);
        if (!(series instanceof YamlValue.Sequence seriesList) || seriesList.items().isEmpty()) {
            diagnostics.error(series.at(), Message.SERIES_NOT_LIST);
            return Optional.empty();
        }
        List<ChartSpec.Series> seriesSpecs = new ArrayList<>();
        for (YamlValue item : seriesList.items()) {
            MappingReader one = MappingReader.of(item, Message.WORD_A_SERIES, diagnostics);
            if (one == null) continue;
            YamlValue name = one.optional("name");
            YamlValue values = one.required("values", "values: [471, 36176]");
            one.rejectUnknownKeys(Message.WORD_A_SERIES);
            if (values == null) continue;
            List<BigDecimal> numbers = readNumbers(values);
            if (numbers == null) continue;
            if (categoryTexts != null && numbers.size() != categoryTexts.size()) {
                diagnostics.error(values.at(), Message.SERIES_LENGTH, numbers.size(), categoryTexts.size());
                continue;
            }
            LocalizedText nameText = name == null ? titleText : texts.read(name, Message.WORD_SERIES_NAME);
            if (nameText != null) seriesSpecs.add(new ChartSpec.Series(nameText, Collections.unmodifiableList(numbers)));
        }
        if (titleText == null || categoryTexts == null || seriesSpecs.size() != seriesList.items().size()) return Optional.empty();
        return Optional.of(new ChartSpec(id, chartType.get(), titleText, unitText, categoryTexts, List.copyOf(seriesSpecs), value.at()));
    }

    private List<LocalizedText> readTextList(YamlValue value, Object what) {
        if (!(value instanceof YamlValue.Sequence list) || list.items().isEmpty()) {
            diagnostics.error(value.at(), Message.TEXTS_NOT_LIST, what);
            return null;
        }
        List<LocalizedText> result = new ArrayList<>();
        for (YamlValue item : list.items()) {
            LocalizedText text = texts.read(item, what);
            if (text == null) return null;
            result.add(text);
        }
        return List.copyOf(result);
    }

    /** Null values stay null (a gap); anything else that is not a number is an error. */
    private List<BigDecimal> readNumbers(YamlValue value) {
        if (!(value instanceof YamlValue.Sequence list)) {
            diagnostics.error(value.at(), Message.VALUES_NOT_LIST);
            return null;
        }
        List<BigDecimal> numbers = new ArrayList<>();
        boolean ok = true;
        for (YamlValue item : list.items()) {
            YamlValue resolved = figure(item);
            if (resolved instanceof YamlValue.Scalar s && s.isNull()) {
                numbers.add(null);
            } else if (resolved instanceof YamlValue.Scalar s && s.number() != null) {
                numbers.add(s.number());
            } else {
                notANumber(item);
                ok = false;
            }
        }
        return ok ? numbers : null;
    }

    /**
     * A figure that a chart or table names instead of repeating it, {@code values: [departments_start, departments_end]},
     * is replaced by its value, so that changing the figure changes the chart too. Anything else is returned as it is.
     */
    private YamlValue figure(YamlValue item) {
        if (item instanceof YamlValue.Scalar s && s.value() instanceof String path && !path.isBlank()) {
            YamlValue target = ReportFigures.isReference(path) ? otherReports.resolve(path).orElse(null) : DataSet.lookup(root, path);
            // A figure not filled in yet (null, as `baocao new report` leaves them) is a gap, not a mistake.
            if (target instanceof YamlValue.Scalar t && (t.isNull() || t.number() != null)) return t;
        }
        return item;
    }

    private void notANumber(YamlValue item) {
        if (diagnostics.hasErrorAt(item.at())) return;
        String text = item instanceof YamlValue.Scalar s ? String.valueOf(s.value()) : YamlValue.kind(item).text(ToolLanguage.EN);
        if (ReportFigures.isReference(text)) {
            if (otherReports.isUnreadable(text)) return; // that data set's own errors were reported
            if (otherReports.resolve(text).isPresent()) {
                diagnostics.error(item.at(), Message.OTHER_REPORT_NOT_A_NUMBER, text, YamlValue.kind(otherReports.resolve(text).get()));
            } else {
                otherReports.report(item.at(), text, diagnostics);
            }
            return;
        }
        List<String> names = new ArrayList<>();
        root.entries().forEach((key, value) -> {
            if (value instanceof YamlValue.Scalar s && s.number() != null) names.add(key);
        });
        String closest = Suggestions.closest(text, names);
        diagnostics.error(item.at(), Message.VALUE_NOT_NUMBER.with(item instanceof YamlValue.Scalar ? text : YamlValue.kind(item)),
                closest != null ? Message.HINT_DID_YOU_MEAN.with(closest) : null);
    }

    private Map<String, TableSpec> readTables(YamlValue value) {
        if (value == null) return Map.of();
        if (!(value instanceof YamlValue.Mapping mapping)) {
            diagnostics.error(value.at(), Message.TABLES_NOT_MAPPING);
            return Map.of();
        }
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        mapping.entries().forEach((id, spec) -> readTable(id, spec).ifPresentOrElse(table -> tables.put(id, table), () -> brokenFigures.add(id)));
        return Collections.unmodifiableMap(tables);
    }

    private Optional<TableSpec> readTable(String id, YamlValue value) {
        MappingReader table = MappingReader.of(value, Message.WORD_TABLE_NAMED.with(id), diagnostics);
        if (table == null) return Optional.empty();
        YamlValue caption = table.required("caption", "caption: {vi: ..., en: ...}");
        YamlValue columns = table.required("columns", "columns: [{key: period, label: {vi: ..., en: ...}}]");
        YamlValue rows = table.required("rows", "rows: [{period: ..., count: 32}]");
        table.rejectUnknownKeys(Message.WORD_TABLE_NAMED.with(id));
        if (caption == null || columns == null || rows == null) return Optional.empty();
        LocalizedText captionText = texts.read(caption, Message.WORD_TABLE_CAPTION);
        List<TableSpec.Column> columnSpecs = readColumns(columns);
        if (!(rows instanceof YamlValue.Sequence rowList)) {
            diagnostics.error(rows.at(), Message.ROWS_NOT_LIST);
            return Optional.empty();
        }
        if (columnSpecs == null || captionText == null) return Optional.empty();
        Set<String> keys = new LinkedHashSet<>();
        columnSpecs.forEach(c -> keys.add(c.key()));
        List<TableSpec.Row> rowMaps = new ArrayList<>();
        for (YamlValue row : rowList.items()) {
            if (!(row instanceof YamlValue.Mapping cells)) {
                diagnostics.error(row.at(), Message.ROW_NOT_MAPPING, String.join(": ..., ", keys));
                continue;
            }
            cells.keyAt().forEach((key, at) -> {
                if (!keys.contains(key) && !key.equals(STYLE)) {
                    String suggestion = Suggestions.closest(key, keys);
                    diagnostics.error(at, Message.ROW_UNKNOWN_COLUMN.with(key, id),
                            suggestion != null ? Message.HINT_DID_YOU_MEAN_QUOTED.with(suggestion) : Message.HINT_COLUMNS_ARE.with(keys));
                }
            });
            TableSpec.RowStyle style = rowStyle(cells.get(STYLE));
            // A copy only when the row differs from its mapping (a style, a named figure): a large table has
            // thousands of rows, and the mapping is immutable already.
            Map<String, YamlValue> resolvedCells = null;
            if (cells.entries().containsKey(STYLE)) {
                resolvedCells = new LinkedHashMap<>(cells.entries());
                resolvedCells.remove(STYLE);
            }
            for (TableSpec.Column column : columnSpecs) {
                YamlValue cell = cells.get(column.key());
                if (cell == null) continue;
                YamlValue resolved = cell;
                if (column.isNumeric()) resolved = figure(cell);
                else if (cell instanceof YamlValue.Mapping) texts.read(cell, Message.WORD_TABLE_CELL);
                if (resolved != cell && resolvedCells == null) resolvedCells = new LinkedHashMap<>(cells.entries());
                if (resolvedCells != null) resolvedCells.put(column.key(), resolved);
                checkCell(resolved, cell, column);
            }
            rowMaps.add(new TableSpec.Row(resolvedCells == null ? cells.entries() : Collections.unmodifiableMap(resolvedCells), style));
        }
        return Optional.of(new TableSpec(id, captionText, columnSpecs, List.copyOf(rowMaps), value.at()));
    }

    private TableSpec.RowStyle rowStyle(YamlValue value) {
        if (value == null) return TableSpec.RowStyle.NORMAL;
        String name = value instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : "";
        return switch (name) {
            case "total" -> TableSpec.RowStyle.TOTAL;
            case "subtotal" -> TableSpec.RowStyle.SUBTOTAL;
            case "heading" -> TableSpec.RowStyle.HEADING;
            default -> {
                String closest = Suggestions.closest(name, List.of("total", "subtotal", "heading"));
                if (closest != null) diagnostics.error(value.at(), Message.ROW_STYLE_UNKNOWN.with(name), Message.HINT_ROW_STYLE_CLOSEST.with(closest));
                else diagnostics.error(value.at(), Message.ROW_STYLE_UNKNOWN, name);
                yield TableSpec.RowStyle.NORMAL;
            }
        };
    }

    /** @param written the cell as written, for the message; {@code cell} is the figure it names, if it names one */
    private void checkCell(YamlValue cell, YamlValue written, TableSpec.Column column) {
        Object v = cell instanceof YamlValue.Scalar s ? s.value() : null;
        if (v == null && cell instanceof YamlValue.Scalar) return;
        if (column.isNumeric() && !(cell instanceof YamlValue.Scalar s && s.number() != null)) {
            if (v instanceof String) {
                notANumber(written);
            } else {
                diagnostics.error(cell.at(), Message.CELL_NOT_NUMBER, column.key(), column.format().name().toLowerCase(Locale.ROOT), YamlValue.kind(cell));
            }
        } else if (column.format() == TableSpec.ColumnFormat.DATE && !(v instanceof LocalDate)) {
            diagnostics.error(cell.at(), Message.CELL_NOT_DATE, column.key(), YamlValue.kind(cell));
        }
    }

    private List<TableSpec.Column> readColumns(YamlValue value) {
        if (!(value instanceof YamlValue.Sequence list) || list.items().isEmpty()) {
            diagnostics.error(value.at(), Message.COLUMNS_NOT_LIST);
            return null;
        }
        List<TableSpec.Column> columns = new ArrayList<>();
        for (YamlValue item : list.items()) {
            MappingReader column = MappingReader.of(item, Message.WORD_A_COLUMN, diagnostics);
            if (column == null) return null;
            YamlValue key = column.required("key", "key: count");
            YamlValue label = column.required("label", "label: {vi: ..., en: ...}");
            YamlValue format = column.optional("format");
            YamlValue decimals = column.optional("decimals");
            YamlValue negative = column.optional("negative");
            column.rejectUnknownKeys(Message.WORD_A_COLUMN);
            if (key == null || label == null) return null;
            if (!(key instanceof YamlValue.Scalar keyText)) {
                diagnostics.error(key.at(), Message.COLUMN_KEY_NOT_TEXT, YamlValue.kind(key));
                return null;
            }
            LocalizedText labelText = texts.read(label, Message.WORD_COLUMN_LABEL);
            TableSpec.ColumnFormat columnFormat = TableSpec.ColumnFormat.TEXT;
            if (format != null) {
                String name = format instanceof YamlValue.Scalar s ? String.valueOf(s.value()) : "";
                try {
                    columnFormat = TableSpec.ColumnFormat.valueOf(name.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    diagnostics.error(format.at(), Message.COLUMN_FORMAT_UNKNOWN, name);
                    return null;
                }
            }
            if (String.valueOf(keyText.value()).equals(STYLE)) {
                diagnostics.error(key.at(), Message.COLUMN_KEY_STYLE_RESERVED);
                return null;
            }
            NumberStyle numbers = NumberStyles.read(decimals, negative, diagnostics);
            if (labelText == null) return null;
            columns.add(new TableSpec.Column(String.valueOf(keyText.value()), labelText, columnFormat, numbers));
        }
        return List.copyOf(columns);
    }
}
