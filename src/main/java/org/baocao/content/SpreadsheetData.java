package org.baocao.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.Phrase;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.FigureBounds;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/**
 * Replaces, in a data file as written, every place that takes its values from a spreadsheet of the data/ folder with
 * those values, so that everything after (charts, tables, figures named by narratives and by other reports) reads
 * them as if they were typed in YAML:
 * <ul>
 *   <li>a figure {@code total_assets: {file: bang-can-doi.xlsx, sheet: Tài sản, cell: C20}};</li>
 *   <li>a list {@code values: {file: lai-suat.csv, range: B2:B6}} (a chart's series or categories; a range of
 *       languages {@code range: {vi: A2:A6, en: B2:B6}} gives localized texts);</li>
 *   <li>a table's rows, {@code source: {file: ..., sheet: ..., range: A5:C20, row_styles: {20: total}}}, its columns
 *       taking the range's columns in order, or the one a column names with {@code from: C} or
 *       {@code from: {vi: A, en: B}}.</li>
 * </ul>
 * A cell that cannot be used is reported at the cell, {@code bang-can-doi.xlsx: sheet 'Tài sản'!C7}.
 */
final class SpreadsheetData {
    private static final Pattern CELL = Pattern.compile("([A-Za-z]{1,3})([1-9][0-9]*)");
    private static final Pattern RANGE = Pattern.compile("([A-Za-z]{1,3})([1-9][0-9]*):([A-Za-z]{1,3})([1-9][0-9]*)");
    private static final Set<String> NUMERIC_FORMATS = Set.of("number", "percent", "currency");

    private final Map<String, Spreadsheet> spreadsheets;
    private final Diagnostics diagnostics;
    private final Set<String> used = new HashSet<>();

    SpreadsheetData(Map<String, Spreadsheet> spreadsheets, Diagnostics diagnostics) {
        this.spreadsheets = spreadsheets;
        this.diagnostics = diagnostics;
    }

    /** The file names of the spreadsheets that some data file used. */
    Set<String> used() {
        return used;
    }

    YamlValue.Mapping expand(YamlValue.Mapping root) {
        return spreadsheets.isEmpty() && !mentionsFile(root) ? root : (YamlValue.Mapping) expand(root, false);
    }

    private static boolean mentionsFile(YamlValue value) {
        if (value instanceof YamlValue.Mapping m) return m.entries().containsKey("file") || m.entries().values().stream().anyMatch(SpreadsheetData::mentionsFile);
        if (value instanceof YamlValue.Sequence s) return s.items().stream().anyMatch(SpreadsheetData::mentionsFile);
        return false;
    }

    /** @param inTables the value is a table definition's mapping (below tables:) */
    private YamlValue expand(YamlValue value, boolean inTables) {
        if (value instanceof YamlValue.Sequence s) {
            List<YamlValue> items = new ArrayList<>();
            s.items().forEach(item -> items.add(expand(item, false)));
            return new YamlValue.Sequence(s.at(), Collections.unmodifiableList(items));
        }
        if (!(value instanceof YamlValue.Mapping m)) return value;
        if (m.entries().containsKey("file") && m.entries().containsKey("cell")) return cell(m);
        if (m.entries().containsKey("file") && m.entries().containsKey("range")) return range(m, false);
        if (inTables && m.entries().containsKey("source")) return table(m);
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        m.entries().forEach((key, child) -> {
            if (key.equals("tables") && child instanceof YamlValue.Mapping tables) entries.put(key, expandTables(tables));
            // A chart series' values are numbers: a text there is reported at its cell.
            else if (key.equals("values") && child instanceof YamlValue.Mapping range && range.entries().containsKey("file")
                    && range.entries().containsKey("range")) entries.put(key, range(range, true));
            else entries.put(key, expand(child, false));
        });
        return new YamlValue.Mapping(m.at(), Collections.unmodifiableMap(entries), m.keyAt());
    }

    private YamlValue expandTables(YamlValue.Mapping tables) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        tables.entries().forEach((id, table) -> entries.put(id, expand(table, true)));
        return new YamlValue.Mapping(tables.at(), Collections.unmodifiableMap(entries), tables.keyAt());
    }

    /** The sheet a reference names, or null after reporting why there is none. */
    private Located locate(YamlValue.Mapping reference, Set<String> allowed) {
        reference.keyAt().forEach((key, at) -> {
            if (!allowed.contains(key)) {
                String closest = Suggestions.closest(key, allowed);
                if (closest != null) diagnostics.error(at, Message.SPREADSHEET_REFERENCE_KEY.with(key, ""), Message.HINT_DID_YOU_MEAN.with(closest));
                else diagnostics.error(at, Message.SPREADSHEET_REFERENCE_KEY, key, String.join(", ", allowed));
            }
        });
        YamlValue file = reference.get("file");
        String name = text(file);
        Spreadsheet spreadsheet = name == null ? null : spreadsheets.get(name);
        if (spreadsheet == null) {
            String closest = name == null ? null : Suggestions.closest(name, spreadsheets.keySet());
            Phrase problem = Message.SPREADSHEET_MISSING.with(name == null ? YamlValue.kind(file) : name, String.join(", ", spreadsheets.keySet()));
            if (closest != null) diagnostics.error(file.at(), problem, Message.HINT_DID_YOU_MEAN.with(closest));
            else if (spreadsheets.isEmpty()) diagnostics.error(file.at(), problem, Message.HINT_PUT_SPREADSHEET.with());
            else diagnostics.error(file.at(), Message.SPREADSHEET_MISSING, name == null ? YamlValue.kind(file) : name, String.join(", ", spreadsheets.keySet()));
            return null;
        }
        used.add(name);
        YamlValue sheetValue = reference.get("sheet");
        String sheetName = sheetValue == null ? null : text(sheetValue);
        if (sheetValue != null && spreadsheet.isCsv()) {
            diagnostics.error(sheetValue.at(), Message.CSV_HAS_NO_SHEETS, sheetName);
            return null;
        }
        var sheet = spreadsheet.sheet(sheetName);
        if (sheet.isEmpty()) {
            String closest = Suggestions.closest(String.valueOf(sheetName), spreadsheet.sheetNames());
            if (closest != null) diagnostics.error(sheetValue.at(), Message.SHEET_MISSING.with(name, sheetName, ""), Message.HINT_DID_YOU_MEAN.with(closest));
            else diagnostics.error(sheetValue.at(), Message.SHEET_MISSING, name, sheetName, String.join(", ", spreadsheet.sheetNames()));
            return null;
        }
        return new Located(spreadsheet, sheetName == null ? (spreadsheet.isCsv() ? "" : spreadsheet.firstSheet()) : sheetName, sheet.get(), reference);
    }

    private record Located(Spreadsheet spreadsheet, String sheetName, Map<String, Spreadsheet.Cell> cells, YamlValue.Mapping reference) {}

    /** {file, sheet, cell}: the cell's value, a number or a text; an empty cell is a figure without a value yet. */
    private YamlValue cell(YamlValue.Mapping reference) {
        Located at = locate(reference, Set.of("file", "sheet", "cell"));
        if (at == null) return new YamlValue.Scalar(reference.at(), null);
        YamlValue address = reference.get("cell");
        String written = text(address);
        Matcher m = written == null ? null : CELL.matcher(written.strip());
        if (m == null || !m.matches()) {
            diagnostics.error(address.at(), Message.CELL_ADDRESS_INVALID, written == null ? YamlValue.kind(address) : "'" + written + "'");
            return new YamlValue.Scalar(reference.at(), null);
        }
        return value(at, m.group(1).toUpperCase(Locale.ROOT) + m.group(2), false);
    }

    /** A range of one row or one column: a list of its values, in order. */
    private YamlValue range(YamlValue.Mapping reference, boolean numeric) {
        Located at = locate(reference, Set.of("file", "sheet", "range"));
        if (at == null) return new YamlValue.Sequence(reference.at(), List.of());
        YamlValue rangeValue = reference.get("range");
        if (rangeValue instanceof YamlValue.Mapping byLanguage) {
            Map<String, List<YamlValue>> lists = new LinkedHashMap<>();
            for (var entry : byLanguage.entries().entrySet()) {
                List<YamlValue> values = vector(at, entry.getValue(), false);
                if (values == null) return new YamlValue.Sequence(reference.at(), List.of());
                lists.put(entry.getKey(), values);
            }
            int size = lists.values().stream().mapToInt(List::size).max().orElse(0);
            List<YamlValue> texts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Map<String, YamlValue> text = new LinkedHashMap<>();
                Map<String, SourcePosition> keyAt = new LinkedHashMap<>();
                for (var entry : lists.entrySet()) {
                    YamlValue v = i < entry.getValue().size() ? entry.getValue().get(i) : new YamlValue.Scalar(rangeValue.at(), null);
                    text.put(entry.getKey(), v);
                    keyAt.put(entry.getKey(), v.at());
                }
                texts.add(new YamlValue.Mapping(rangeValue.at(), text, keyAt));
            }
            return new YamlValue.Sequence(reference.at(), List.copyOf(texts));
        }
        List<YamlValue> values = vector(at, rangeValue, numeric);
        return new YamlValue.Sequence(reference.at(), values == null ? List.of() : List.copyOf(values));
    }

    private List<YamlValue> vector(Located at, YamlValue rangeValue, boolean numeric) {
        int[] range = range(rangeValue);
        if (range == null) return null;
        if (range[0] != range[2] && range[1] != range[3]) {
            diagnostics.error(rangeValue.at(), Message.RANGE_NOT_A_LINE, text(rangeValue));
            return null;
        }
        List<YamlValue> values = new ArrayList<>();
        for (int row = range[1]; row <= range[3]; row++) {
            for (int column = range[0]; column <= range[2]; column++) {
                values.add(value(at, address(column, row), numeric));
            }
        }
        return values;
    }

    /** A table with {@code source:}: its rows from the range, one per row of the sheet that is not empty. */
    private YamlValue table(YamlValue.Mapping table) {
        YamlValue sourceValue = table.get("source");
        Map<String, YamlValue> entries = new LinkedHashMap<>(table.entries());
        Map<String, SourcePosition> keyAt = new LinkedHashMap<>(table.keyAt());
        entries.remove("source");
        keyAt.remove("source");
        if (table.get("rows") != null) {
            diagnostics.error(table.keyAt().get("rows"), Message.TABLE_SOURCE_AND_ROWS);
            return new YamlValue.Mapping(table.at(), entries, keyAt);
        }
        keyAt.put("rows", table.keyAt().get("source"));
        if (!(sourceValue instanceof YamlValue.Mapping source)) {
            diagnostics.error(sourceValue.at(), Message.TABLE_SOURCE_INVALID);
            entries.put("rows", new YamlValue.Sequence(sourceValue.at(), List.of()));
            return new YamlValue.Mapping(table.at(), entries, keyAt);
        }
        Located at = locate(source, Set.of("file", "sheet", "range", "row_styles"));
        int[] range = at == null || source.get("range") == null ? null : range(source.get("range"));
        if (at != null && source.get("range") == null) {
            diagnostics.error(source.at(), Message.TABLE_SOURCE_NO_RANGE);
        }
        List<YamlValue> columnItems = table.get("columns") instanceof YamlValue.Sequence s ? s.items() : List.of();
        List<YamlValue> columns = new ArrayList<>();
        List<Object> fromColumns = new ArrayList<>();
        for (int i = 0; i < columnItems.size(); i++) {
            YamlValue item = columnItems.get(i);
            if (!(item instanceof YamlValue.Mapping column)) {
                columns.add(item);
                fromColumns.add(null);
                continue;
            }
            fromColumns.add(range == null ? null : from(column.get("from"), range[0] + i));
            Map<String, YamlValue> withoutFrom = new LinkedHashMap<>(column.entries());
            Map<String, SourcePosition> withoutFromAt = new LinkedHashMap<>(column.keyAt());
            withoutFrom.remove("from");
            withoutFromAt.remove("from");
            columns.add(new YamlValue.Mapping(column.at(), withoutFrom, withoutFromAt));
        }
        if (table.get("columns") instanceof YamlValue.Sequence s) entries.put("columns", new YamlValue.Sequence(s.at(), List.copyOf(columns)));
        List<YamlValue> rows = new ArrayList<>();
        if (range != null) {
            Map<Integer, YamlValue> styles = rowStyles(source.get("row_styles"));
            for (int row = range[1]; row <= range[3]; row++) {
                Map<String, YamlValue> cells = new LinkedHashMap<>();
                Map<String, SourcePosition> cellsAt = new LinkedHashMap<>();
                boolean empty = true;
                for (int i = 0; i < columnItems.size(); i++) {
                    if (!(columnItems.get(i) instanceof YamlValue.Mapping column) || !(column.get("key") instanceof YamlValue.Scalar key)) continue;
                    boolean numeric = column.get("format") instanceof YamlValue.Scalar f && NUMERIC_FORMATS.contains(String.valueOf(f.value()));
                    YamlValue cell = cellOfRow(at, fromColumns.get(i), row, numeric, source.at());
                    if (cell == null) continue;
                    if (!(cell instanceof YamlValue.Scalar s && s.isNull())) empty = false;
                    cells.put(String.valueOf(key.value()), cell);
                    cellsAt.put(String.valueOf(key.value()), cell.at());
                }
                if (empty) continue;
                YamlValue style = styles.get(row);
                if (style != null) {
                    cells.put("style", style);
                    cellsAt.put("style", style.at());
                }
                rows.add(new YamlValue.Mapping(source.at(), cells, cellsAt));
            }
        }
        entries.put("rows", new YamlValue.Sequence(sourceValue.at(), List.copyOf(rows)));
        return new YamlValue.Mapping(table.at(), Collections.unmodifiableMap(entries), keyAt);
    }

    /** The sheet column (0-based) or, per language, the columns a table column takes; by default the range's i-th. */
    private Object from(YamlValue from, int byDefault) {
        if (from == null) return byDefault;
        if (from instanceof YamlValue.Mapping byLanguage) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            byLanguage.entries().forEach((language, letter) -> columns.put(language, column(letter)));
            return columns.containsValue(null) ? null : columns;
        }
        return column(from);
    }

    private Integer column(YamlValue letter) {
        String written = text(letter);
        if (written == null || !written.strip().matches("[A-Za-z]{1,3}")) {
            diagnostics.error(letter.at(), Message.COLUMN_FROM_INVALID, written == null ? YamlValue.kind(letter) : "'" + written + "'");
            return null;
        }
        return columnIndex(written.strip());
    }

    @SuppressWarnings("unchecked")
    private YamlValue cellOfRow(Located at, Object from, int row, boolean numeric, SourcePosition fallback) {
        if (from == null) return null;
        if (from instanceof Integer column) return value(at, address(column, row), numeric);
        Map<String, YamlValue> text = new LinkedHashMap<>();
        Map<String, SourcePosition> textAt = new LinkedHashMap<>();
        boolean any = false;
        for (var entry : ((Map<String, Integer>) from).entrySet()) {
            YamlValue v = value(at, address(entry.getValue(), row), false);
            any |= !(v instanceof YamlValue.Scalar s && s.isNull());
            text.put(entry.getKey(), v);
            textAt.put(entry.getKey(), v.at());
        }
        return any ? new YamlValue.Mapping(fallback, text, textAt) : new YamlValue.Scalar(fallback, null);
    }

    private Map<Integer, YamlValue> rowStyles(YamlValue value) {
        Map<Integer, YamlValue> styles = new LinkedHashMap<>();
        if (value == null) return styles;
        if (!(value instanceof YamlValue.Mapping m)) {
            diagnostics.error(value.at(), Message.ROW_STYLES_INVALID);
            return styles;
        }
        m.entries().forEach((row, style) -> {
            if (row.matches("[1-9][0-9]*")) styles.put(Integer.parseInt(row), style);
            else diagnostics.error(m.keyAt().get(row), Message.ROW_NUMBER_INVALID, row);
        });
        return styles;
    }

    /**
     * The cell's value at the cell's own position (so later messages point into the spreadsheet), or a null value
     * after reporting a cell that cannot be used.
     */
    private YamlValue value(Located at, String address, boolean numeric) {
        Spreadsheet.Cell cell = at.cells().get(address);
        int[] rc = parseAddress(address);
        SourcePosition position = new SourcePosition(at.spreadsheet().path(), rc[1], rc[0] + 1, cell == null ? "" : cell.line());
        if (cell == null) return new YamlValue.Scalar(position, null);
        String where = at.spreadsheet().describe(at.sheetName(), address);
        if (cell.problem() != null) {
            diagnostics.error(position, cell.problem(), where, cell.detail(), at.reference().at().file() + ":" + at.reference().at().line(),
                    String.valueOf(FigureBounds.MAX_DIGITS), String.valueOf(FigureBounds.MAX_EXPONENT));
            return new YamlValue.Scalar(position, null);
        }
        if (numeric && cell.number() == null) {
            diagnostics.error(position, at.spreadsheet().isCsv() ? Message.CELL_NOT_A_NUMBER : Message.CELL_NOT_A_NUMBER_XLSX, where, cell.text(),
                    String.valueOf(at.spreadsheet().decimal()), at.reference().at().file() + ":" + at.reference().at().line());
            return new YamlValue.Scalar(position, null);
        }
        return new YamlValue.Scalar(position, cell.value());
    }

    /** {first column, first row, last column, last row}, 0-based columns and 1-based rows, or null after reporting. */
    private int[] range(YamlValue value) {
        String written = text(value);
        Matcher m = written == null ? null : RANGE.matcher(written.strip());
        if (m == null || !m.matches()) {
            diagnostics.error(value.at(), Message.RANGE_INVALID, written == null ? YamlValue.kind(value) : "'" + written + "'");
            return null;
        }
        int[] range = {columnIndex(m.group(1)), Integer.parseInt(m.group(2)), columnIndex(m.group(3)), Integer.parseInt(m.group(4))};
        if (range[2] < range[0] || range[3] < range[1]) {
            diagnostics.error(value.at(), Message.RANGE_REVERSED, written, m.group(3) + m.group(4) + ":" + m.group(1) + m.group(2));
            return null;
        }
        return range;
    }

    private static int columnIndex(String letters) {
        int index = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) index = index * 26 + (c - 'A' + 1);
        return index - 1;
    }

    private static String address(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) letters.insert(0, (char) ('A' + (n - 1) % 26));
        return letters.toString() + row;
    }

    /** {0-based column, 1-based row} of "C7". */
    private static int[] parseAddress(String address) {
        Matcher m = CELL.matcher(address);
        if (!m.matches()) throw new IllegalArgumentException(address);
        return new int[] {columnIndex(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static String text(YamlValue value) {
        return value instanceof YamlValue.Scalar s && s.value() != null && !(s.value() instanceof Boolean) ? String.valueOf(s.value()) : null;
    }
}
