package org.baocao.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The data behind one chart or table, as a CSV file: UTF-8 with a BOM (so that Excel opens Vietnamese correctly),
 * comma-separated, the language's labels as headers, numbers as plain digits with '.' for decimals. The site links it
 * under the figure; the PDF carries it as an embedded associated file.
 *
 * <p>The file is encoded when the figure is placed and only its bytes are kept until the site and the PDFs are
 * written: a large site has thousands of tables, and their cells as strings in lists were a tenth of its memory.
 */
public final class DataDownload {
    private static final String BOM = "\uFEFF";

    private final String fileName;
    private final String description;
    private final byte[] csv;

    /**
     * @param fileName    unique within the report and language, e.g. "table-finance-balance.csv"
     * @param description the figure's number and title ("Bảng 2. Bảng cân đối kế toán"), for the PDF's attachment list
     * @param rows        the header row, then the data
     */
    public DataDownload(String fileName, String description, List<List<String>> rows) {
        this.fileName = fileName;
        this.description = description;
        this.csv = csv(rows);
    }

    public String fileName() {
        return fileName;
    }

    public String description() {
        return description;
    }

    /** Where the site keeps the file, relative to the output folder. */
    public static String sitePath(String language, String reportId, String fileName) {
        return language + "/" + reportId + "/data/" + fileName;
    }

    public byte[] bytes() {
        return csv.clone();
    }

    /**
     * Equal when the file is: the preview compares the figures' numbering, downloads included, to know whether an
     * edited section may be rendered alone (see {@link ReportRenderer#renderSection}).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DataDownload that && that.fileName.equals(fileName) && that.description.equals(description)
                && Arrays.equals(that.csv, csv);
    }

    @Override
    public int hashCode() {
        return fileName.hashCode() * 31 + Arrays.hashCode(csv);
    }

    private static byte[] csv(List<List<String>> rows) {
        StringWriter text = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            for (List<String> row : rows) printer.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (BOM + text).getBytes(StandardCharsets.UTF_8);
    }
}
