package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
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

    private List<Diagnostic> scan(String text) {
        Diagnostics diagnostics = new Diagnostics();
        new TextScan(root, diagnostics).scan("content/x.yaml", text.getBytes(StandardCharsets.UTF_8));
        return diagnostics.sorted();
    }
}
