package org.baocao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.baocao.content.ContentLoader;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in spreadsheets are reported at their cell, as YAML mistakes are at their line and column. */
class SpreadsheetErrorsTest {

    static List<String> load(ProjectFixture project) {
        Diagnostics diagnostics = new Diagnostics();
        new ContentLoader(project.root(), diagnostics).load();
        return diagnostics.sorted().stream().map(d -> d.headline() + "\n    hint: " + d.hint()).toList();
    }

    static ProjectFixture withFigure(Path temp, String line) {
        ProjectFixture project = TanPhuFixture.write(new ProjectFixture(temp));
        project.file("content/reports/2025/data/extra.yaml", line + "\n");
        return project;
    }

    @Test
    void aFormulaWithoutASavedResultIsAnErrorAtItsCell(@TempDir Path temp) {
        ProjectFixture project = withFigure(temp, "npl: {file: so-lieu.xlsx, sheet: Tài sản, cell: C7}");
        project.bytes("content/reports/2025/data/so-lieu.xlsx", new Xlsx().sheet("Tài sản",
                new Object[] {}, new Object[] {}, new Object[] {"", "", 1}, new Object[] {"", "", 2}, new Object[] {}, new Object[] {},
                new Object[] {"Tổng", "", "=SUM(C3:C6)"}).bytes());
        assertEquals(List.of("content/reports/2025/data/so-lieu.xlsx:7:3: error: so-lieu.xlsx: sheet 'Tài sản'!C7: formula =SUM(C3:C6) has no saved result"
                + "\n    hint: open the file in Excel and save it again, so that Excel stores the result, or type the value (used at content/reports/2025/data/extra.yaml:1)"),
                load(project));
    }

    @Test
    void aTextWhereANumberBelongsIsAnErrorAtItsCell(@TempDir Path temp) {
        ProjectFixture project = withFigure(temp, """
                charts:
                  rates:
                    type: line
                    title: {vi: Lãi suất, en: Rates}
                    categories: {file: lai-suat-sai.csv, range: A2:A3}
                    series:
                      - {name: {vi: Cho vay, en: Lending}, values: {file: lai-suat-sai.csv, range: B2:B3}}""");
        project.bytes("content/reports/2025/data/lai-suat-sai.csv", "Năm;Lãi suất\n2021;9,5\n2022;9,5%\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/reports/2025/data/lai-suat-sai.csv:3:2: error: lai-suat-sai.csv: cell B3: '9,5%' is not a number"
                + "\n    hint: this file writes decimals with ','; write the cell as a number (used at content/reports/2025/data/extra.yaml:7)"),
                load(project));
    }

    @Test
    void aNumberBeyondWhatAReportPrintsIsAnErrorAtItsCell(@TempDir Path temp) {
        ProjectFixture project = withFigure(temp, "npl: {file: so-lieu.xlsx, sheet: Tài sản, cell: C3}");
        project.bytes("content/reports/2025/data/so-lieu.xlsx", new Xlsx().sheet("Tài sản",
                new Object[] {}, new Object[] {}, new Object[] {"Tổng", "", 1e300}).bytes());
        assertEquals(List.of("content/reports/2025/data/so-lieu.xlsx:3:3: error: so-lieu.xlsx: sheet 'Tài sản'!C3: the number 1.0E300 is beyond what a report can print"
                + "\n    hint: a figure has at most 30 digits and is below 10^18; check the cell for a typing mistake, or give the figure in a larger unit (millions, billions) (used at content/reports/2025/data/extra.yaml:1)"),
                load(project));
    }

    @Test
    void aMistypedSheetGetsADidYouMean(@TempDir Path temp) {
        ProjectFixture project = withFigure(temp, "npl: {file: bang-can-doi.xlsx, sheet: Tai san, cell: C7}");
        assertEquals(List.of("content/reports/2025/data/extra.yaml:1:39: error: workbook bang-can-doi.xlsx has no sheet 'Tai san'"
                + "\n    hint: did you mean Tài sản?"), load(project));
    }

    @Test
    void aSpreadsheetNoDataSetUsesIsAWarning(@TempDir Path temp) {
        ProjectFixture project = TanPhuFixture.write(new ProjectFixture(temp));
        project.bytes("content/reports/2025/data/thu-nhap.csv", "Năm,Thu nhập\n2025,12.5\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("content/reports/2025/data/thu-nhap.csv:1:1: warning: no data set uses this spreadsheet"
                + "\n    hint: name a cell in a data file, total: {file: thu-nhap.csv, cell: B2}, or take a table's rows from it, source: {file: thu-nhap.csv, range: A2:C9}"),
                load(project));
    }
}
