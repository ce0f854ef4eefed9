package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Kept;
import org.baocao.source.Message;
import org.baocao.source.ProjectFiles;
import org.baocao.source.ScannedTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every character the scan reports is found wherever it is in a file, although a file is cut into lines only when
 * one look at its whole text found such a character.
 */
class TextScanTest {
    @TempDir
    Path root;

    @Test
    void reportsEachInvisibleAndControlCharacterAtItsLineAndColumn() {
        for (char c : "\u200B\u200C\u200D\u2060\uFEFF\u0000\u0007\u001B\u007F".toCharArray()) {
            List<Diagnostic> found = scan("title: a\r\nb: c\nd: e" + c + "f\n");
            assertEquals(1, found.size(), String.format("U+%04X", (int) c));
            assertEquals(Message.INVISIBLE_CHARACTER, found.get(0).code(), String.format("U+%04X", (int) c));
            assertEquals(3, found.get(0).line());
            assertEquals(5, found.get(0).column());
        }
    }

    @Test
    void reportsEachSpaceTypedInsideANumber() {
        for (char c : "\u00A0\u202F\u2007".toCharArray()) {
            List<Diagnostic> found = scan("# Thành viên\n\nHợp tác xã có 1" + c + "250 xã viên.\n");
            assertEquals(1, found.size(), String.format("U+%04X", (int) c));
            assertEquals(Message.NBSP_IN_NUMBER, found.get(0).code());
            assertEquals(3, found.get(0).line());
            assertEquals(15, found.get(0).column());
        }
    }

    @Test
    void tabsLineBreaksAndOrdinaryTextAreNotReported() {
        assertTrue(scan("a:\tb\r\nc: \"Sen Vàng – 1.250 xã viên\"\rd: e\n").isEmpty());
        assertFalse(TextScan.hasCharacterToReport("a:\tb\r\nc: Sen Vàng – 1.250 xã viên\n"));
        assertTrue(TextScan.hasCharacterToReport("một\u00A0hai"), "a non-breaking space is looked at, even between words");
    }

    @Test
    void handsTheLoaderEachTextItDecodedWithoutItsMarkAndSaysWhetherItIsInNfc() {
        Diagnostics diagnostics = new Diagnostics();
        TextScan scan = new TextScan(root, diagnostics);
        assertEquals(Optional.of(new ScannedTexts.Text("title: Sen Vàng\r\n", true)),
                scan.scan("content/a.yaml", "\uFEFFtitle: Sen Vàng\r\n".getBytes(StandardCharsets.UTF_8)));
        String decomposed = "title: Sen Va\u0300ng\n";
        assertEquals(Optional.of(new ScannedTexts.Text(decomposed, false)), scan.scan("content/b.yaml", decomposed.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(new ScannedTexts.Text("a\u200Bb\n", true)), scan.scan("content/c.md", "a\u200Bb\n".getBytes(StandardCharsets.UTF_8)),
                "a text with something to report is handed on too");
        assertEquals(Optional.empty(), scan.scan("content/d.md", new byte[] {'a', (byte) 0xC3, '\n'}), "not UTF-8: the loader reads and reports it");
        assertEquals(Optional.empty(), scan.scan("content/e.md", "title: a\n".getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without a mark");
    }

    @Test
    void theLoaderTakesTheTextsTheScanOfTheSameLoadDecoded() throws IOException {
        Path file = Files.createDirectories(root.resolve("content")).resolve("x.md");
        Files.writeString(file, "Sen Va\u0300ng\r\n");
        ScannedTexts scanned = ScannedTexts.forOneLoad();
        new TextScan(root, new Diagnostics()).scanContent(Kept.nothing(), scanned);
        Files.writeString(file, "changed since the scan\n");
        ProjectFiles files = new ProjectFiles(root, new Diagnostics(), scanned);
        assertEquals("Sen Vàng\n", files.read(file).text(), "the scan's text, normalised as a read normalises");
        assertEquals("changed since the scan\n", files.read(file).text(), "taken once: a second read reads the file");
        assertEquals("changed since the scan\n", new ProjectFiles(root, new Diagnostics()).read(file).text());
    }

    private List<Diagnostic> scan(String text) {
        Diagnostics diagnostics = new Diagnostics();
        new TextScan(root, diagnostics).scan("content/x.yaml", text.getBytes(StandardCharsets.UTF_8));
        return diagnostics.sorted();
    }
}
