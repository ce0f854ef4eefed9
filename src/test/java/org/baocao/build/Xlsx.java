package org.baocao.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook for a test, written with fastexcel: sheets of rows, a text starting with '=' as a formula. Excel
 * saves a formula's result with it; fastexcel computes nothing, so {@link #result} adds the result Excel would have
 * saved, and a formula without one stays as a program that computes nothing leaves it.
 */
final class Xlsx {
    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
    private final Map<String, String> results = new LinkedHashMap<>();

    Xlsx sheet(String name, Object[]... rows) {
        sheets.put(name, List.of(rows));
        return this;
    }

    /** The result saved with a formula (written without its '='), as Excel saves it. */
    Xlsx result(String formula, String value) {
        results.put(formula, value);
        return this;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Workbook workbook = new Workbook(out, "baocao-test", "1.0");
            for (var sheet : sheets.entrySet()) {
                Worksheet ws = workbook.newWorksheet(sheet.getKey());
                List<Object[]> rows = sheet.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < rows.get(r).length; c++) {
                        Object value = rows.get(r)[c];
                        if (value instanceof String text && text.startsWith("=")) ws.formula(r, c, text.substring(1));
                        else if (value instanceof String text) ws.value(r, c, text);
                        else if (value instanceof Number number) ws.value(r, c, number);
                    }
                }
            }
            workbook.finish();
            return results.isEmpty() ? out.toByteArray() : withResults(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] withResults(byte[] workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> added = new ArrayList<>();
        // fastexcel's entries state their sizes after the data, which ZipInputStream cannot read: ZipFile reads the directory.
        Path file = Files.createTempFile("baocao-test", ".xlsx");
        Files.write(file, workbook);
        try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] bytes;
                try (var stream = in.getInputStream(entry)) {
                    bytes = stream.readAllBytes();
                }
                if (entry.getName().startsWith("xl/worksheets/")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    for (var result : results.entrySet()) {
                        Matcher m = Pattern.compile("<f>" + Pattern.quote(result.getKey()) + "</f>").matcher(xml);
                        if (m.find()) {
                            xml = m.replaceAll(Matcher.quoteReplacement(m.group() + "<v>" + result.getValue() + "</v>"));
                            added.add(result.getKey());
                        }
                    }
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        Files.delete(file);
        if (added.size() != results.size()) throw new IllegalStateException("formulas not found: " + results.keySet() + ", added " + added);
        return out.toByteArray();
    }
}
