package org.baocao.content;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.FigureBounds;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a CSV file (comma or semicolon separated, UTF-8 with or without a BOM, decimal comma or point, as Excel
 * exports it in Vietnam or elsewhere) or an XLSX workbook, streamed, into a {@link Spreadsheet}. A formula cell counts
 * with the result Excel saved with it; a formula without one is a problem of that cell, never a silent zero.
 */
final class SpreadsheetReader {
    /** "1.102,3", "−12,4", "968": a number as a decimal-comma file writes it. */
    private static final Pattern COMMA_DECIMAL = Pattern.compile("[-\u2212]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    /** "1,102.3", "-12.4", "968": a number as a decimal-point file writes it. */
    private static final Pattern POINT_DECIMAL = Pattern.compile("[-\u2212]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private final Diagnostics diagnostics;

    SpreadsheetReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx");
    }

    /** The spreadsheet, or null after reporting why it cannot be read. */
    Spreadsheet read(Path file, String relative) {
        try {
            return relative.toLowerCase(Locale.ROOT).endsWith(".csv") ? readCsv(file, relative) : readXlsx(file, relative);
        } catch (IOException | RuntimeException e) {
            diagnostics.error(SourcePosition.wholeFile(relative), Message.SPREADSHEET_UNREADABLE, String.valueOf(e.getMessage()));
            return null;
        }
    }

    private Spreadsheet readCsv(Path file, String relative) throws IOException {
        String text;
        try {
            text = SourceFile.utf8(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            diagnostics.error(SourcePosition.wholeFile(relative), Message.CSV_NOT_UTF8);
            return null;
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String[] lines = text.split("\r?\n", -1);
        char delimiter = delimiter(lines);
        List<CSVRecord> records;
        try (Reader reader = new StringReader(text); CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader)) {
            records = parser.getRecords();
        }
        char decimal = delimiter == ';' ? decimalOf(records) : '.';
        Map<String, Spreadsheet.Cell> cells = new LinkedHashMap<>();
        for (CSVRecord record : records) {
            int row = lineOf(text, record.getCharacterPosition());
            String line = row - 1 < lines.length ? lines[row - 1] : "";
            for (int column = 0; column < record.size(); column++) {
                String value = record.get(column).strip();
                if (value.isEmpty()) continue;
                BigDecimal number = number(value, decimal);
                cells.put(new CellAddress(row - 1, column).toString(),
                        number == null ? new Spreadsheet.Cell(null, value, null, null, line) : numberCell(number, value, line));
            }
        }
        return new Spreadsheet(relative, Map.of("", Collections.unmodifiableMap(cells)), delimiter, decimal);
    }

    private static int lineOf(String text, long position) {
        int line = 1;
        for (int i = 0; i < position && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Semicolons where Excel's list separator is the comma's neighbour, as on Vietnamese and European systems. */
    private static char delimiter(String[] lines) {
        for (String line : lines) {
            if (line.isBlank()) continue;
            long semicolons = line.chars().filter(c -> c == ';').count();
            long commas = line.chars().filter(c -> c == ',').count();
            return semicolons > 0 && semicolons >= commas ? ';' : ',';
        }
        return ',';
    }

    /**
     * A semicolon file writes decimals with a comma unless its numbers say otherwise: a decimal point with no comma
     * anywhere ("12.45") means points.
     */
    private static char decimalOf(List<CSVRecord> records) {
        boolean points = false;
        for (CSVRecord record : records) {
            for (String value : record) {
                String v = value.strip();
                if (v.matches("[-\u2212]?\\d+,\\d+") || v.matches("[-\u2212]?\\d{1,3}(\\.\\d{3})+,\\d+")) return ',';
                if (v.matches("[-\u2212]?\\d+\\.\\d{1,2}|[-\u2212]?\\d+\\.\\d{4,}")) points = true;
            }
        }
        return points ? '.' : ',';
    }

    /** The number a CSV cell writes, or null for a text. */
    static BigDecimal number(String value, char decimal) {
        if (!(decimal == ',' ? COMMA_DECIMAL : POINT_DECIMAL).matcher(value).matches()) return null;
        String plain = value.replace('\u2212', '-');
        plain = decimal == ',' ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
        return new BigDecimal(plain);
    }

    /**
     * A number as a figure, within the bounds data files have (formatting 1E999999999, which a file can hold, would
     * take all the memory): a larger one is a problem of its cell. A smaller one is what Excel's arithmetic leaves of
     * a zero (=A1-B1 gives 1.4E-14, which Excel shows as 0) and is read as 0.
     */
    static Spreadsheet.Cell numberCell(BigDecimal number, String written, String line) {
        if (number.signum() != 0 && number.precision() - number.scale() - 1 < FigureBounds.MIN_EXPONENT) {
            return new Spreadsheet.Cell(BigDecimal.ZERO, written, null, null, line);
        }
        if (!FigureBounds.within(number)) {
            return new Spreadsheet.Cell(null, written, Message.CELL_NUMBER_OUT_OF_RANGE, FigureBounds.shown(written), line);
        }
        return new Spreadsheet.Cell(number, written, null, null, line);
    }

    private Spreadsheet readXlsx(Path file, String relative) throws IOException {
        Map<String, Map<String, Spreadsheet.Cell>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                Map<String, Spreadsheet.Cell> cells = new LinkedHashMap<>();
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null) continue;
                        Spreadsheet.Cell read = cell(cell);
                        if (read != null) cells.put(cell.getAddress().toString(), read);
                    }
                }
                sheets.put(sheet.getName(), Collections.unmodifiableMap(cells));
            }
        }
        return new Spreadsheet(relative, Collections.unmodifiableMap(sheets), (char) 0, (char) 0);
    }

    private static Spreadsheet.Cell cell(Cell cell) {
        CellType type = cell.getType();
        return switch (type) {
            case EMPTY -> null;
            case NUMBER -> numberCell(cell.asNumber(), cell.getRawValue(), "");
            case STRING -> cell.getText().isBlank() ? null : new Spreadsheet.Cell(null, cell.getText().strip(), null, null, "");
            case BOOLEAN -> new Spreadsheet.Cell(null, String.valueOf(cell.asBoolean()), null, null, "");
            case ERROR -> new Spreadsheet.Cell(null, cell.getRawValue(), Message.CELL_ERROR_VALUE, cell.getRawValue(), "");
            case FORMULA -> formula(cell);
        };
    }

    /** The result Excel saved with the formula; a file written by a program that computes nothing has none. */
    private static Spreadsheet.Cell formula(Cell cell) {
        String saved = cell.getRawValue();
        if (saved == null || saved.isEmpty()) {
            return new Spreadsheet.Cell(null, null, Message.CELL_FORMULA_NO_RESULT, cell.getFormula(), "");
        }
        try {
            return numberCell(new BigDecimal(saved), saved, "");
        } catch (NumberFormatException e) {
            return new Spreadsheet.Cell(null, saved, null, null, "");
        }
    }

}
