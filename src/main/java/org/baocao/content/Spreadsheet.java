package org.baocao.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baocao.source.Message;

/**
 * A CSV file or an Excel workbook of a report's data/ folder, as read: its sheets' cells by address.
 *
 * @param path    relative to the project, for messages
 * @param sheets  by name, in the workbook's order; a CSV file has one sheet, named ""
 * @param decimal for a CSV file, the decimal separator detected (',' as Vietnamese Excel writes it, or '.'); else 0
 */
public record Spreadsheet(String path, Map<String, Map<String, Cell>> sheets, char delimiter, char decimal) {

    public boolean isCsv() {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    }

    /**
     * One cell: a number or a text (an empty cell is not stored).
     *
     * @param problem why the cell has no usable value ({@link Message#CELL_FORMULA_NO_RESULT}, {@link Message#CELL_ERROR_VALUE}),
     *                or null
     * @param detail  the formula or the error the problem is about
     * @param line    for a CSV file, the text of its line, shown under messages; else empty
     */
    public record Cell(BigDecimal number, String text, Message problem, String detail, String line) {
        public Object value() {
            return number != null ? number : text;
        }
    }

    public Optional<Map<String, Cell>> sheet(String name) {
        return Optional.ofNullable(sheets.get(name == null ? (isCsv() ? "" : firstSheet()) : name));
    }

    public String firstSheet() {
        return sheets.keySet().iterator().next();
    }

    public List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /** "bang-can-doi.xlsx: sheet 'Tài sản'!C7", or "lai-suat.csv: cell B3", as messages name a cell. */
    public String describe(String sheet, String address) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return isCsv() ? file + ": cell " + address : file + ": sheet '" + sheet + "'!" + address;
    }
}
