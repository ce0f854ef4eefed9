package org.baocao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baocao.source.Diagnostics;
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
}
