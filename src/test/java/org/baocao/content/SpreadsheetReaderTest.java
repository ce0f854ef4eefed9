package org.baocao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as Excel writes them on Vietnamese and on English systems: separators and decimals detected. */
class SpreadsheetReaderTest {
    @TempDir
    Path folder;

    Spreadsheet read(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        Diagnostics diagnostics = new Diagnostics();
        Spreadsheet spreadsheet = new SpreadsheetReader(diagnostics).read(file, "data/" + name);
        assertEquals(List.of(), diagnostics.sorted());
        return spreadsheet;
    }

    @Test
    void aSemicolonFileWithABomReadsDecimalCommas() throws IOException {
        Spreadsheet csv = read("vi.csv", "\uFEFFKhoản mục;2025\r\nTổng tài sản;1.102,3\r\nDự phòng;−12,4\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(';', csv.delimiter());
        assertEquals(',', csv.decimal());
        assertEquals("Khoản mục", csv.sheet(null).orElseThrow().get("A1").text());
        assertEquals(new BigDecimal("1102.3"), csv.sheet(null).orElseThrow().get("B2").number());
        assertEquals(new BigDecimal("-12.4"), csv.sheet(null).orElseThrow().get("B3").number());
        assertEquals("Dự phòng;−12,4", csv.sheet(null).orElseThrow().get("B3").line());
    }

    @Test
    void aSemicolonFileWhoseNumbersOnlyUsePointsReadsDecimalPoints() throws IOException {
        Spreadsheet csv = read("points.csv", "Năm;Lãi suất\n2024;9.25\n2025;8.5\n".getBytes(StandardCharsets.UTF_8));
        assertEquals('.', csv.decimal());
        assertEquals(new BigDecimal("9.25"), csv.sheet(null).orElseThrow().get("B2").number());
    }

    @Test
    void aCommaFileReadsDecimalPointsAndQuotedGroupedNumbers() throws IOException {
        Spreadsheet csv = read("en.csv", "Item,2025\nTotal assets,\"1,102.3\"\nText,\"a, b\"\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(',', csv.delimiter());
        assertEquals('.', csv.decimal());
        assertEquals(new BigDecimal("1102.3"), csv.sheet(null).orElseThrow().get("B2").number());
        assertEquals(null, csv.sheet(null).orElseThrow().get("B3").number());
        assertEquals("a, b", csv.sheet(null).orElseThrow().get("B3").text());
    }

    @Test
    void aNumberBeyondAFiguresBoundsIsAProblemOfItsCellNeverFormatted() throws IOException {
        // 1E999999999 has a billion digits when printed: the cell keeps its text and a problem, no number.
        Spreadsheet.Cell huge = SpreadsheetReader.numberCell(new BigDecimal("1E999999999"), "1E999999999", "");
        assertEquals(null, huge.number());
        assertEquals(Message.CELL_NUMBER_OUT_OF_RANGE, huge.problem());
        assertEquals("1E999999999", huge.detail());
        Spreadsheet csv = read("long.csv", "Mã,Số\nA,1000000000000000000\nB,10000000000000000000\nC,0.1234567890123456789012345678901\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(new BigDecimal("1000000000000000000"), csv.sheet(null).orElseThrow().get("B2").number(), "10^18");
        assertEquals(Message.CELL_NUMBER_OUT_OF_RANGE, csv.sheet(null).orElseThrow().get("B3").problem(), "10^19");
        assertEquals(Message.CELL_NUMBER_OUT_OF_RANGE, csv.sheet(null).orElseThrow().get("B4").problem(), "31 digits");
    }

    @Test
    void whatExcelsArithmeticLeavesOfAZeroIsReadAsZero() {
        assertEquals(BigDecimal.ZERO, SpreadsheetReader.numberCell(new BigDecimal("1.4210854715202004E-14"), "1.4210854715202004E-14", "").number());
        assertEquals(BigDecimal.ZERO, SpreadsheetReader.numberCell(new BigDecimal("-1E-999999999"), "-1E-999999999", "").number());
        assertEquals(new BigDecimal("1E-12"), SpreadsheetReader.numberCell(new BigDecimal("1E-12"), "1E-12", "").number());
        assertEquals(new BigDecimal("0.25"), SpreadsheetReader.numberCell(new BigDecimal("0.25"), "0.25", "").number());
    }
}
