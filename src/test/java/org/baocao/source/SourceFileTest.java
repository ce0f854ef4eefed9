package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    @Test
    void bomCrlfAndNfdAreNormalisedAway() throws CharacterCodingException {
        String nfd = Normalizer.normalize("Tổng quan\r\nđổi mới\r\n", Normalizer.Form.NFD);
        SourceFile file = SourceFile.decode("vi/01.md", ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8));
        assertEquals("Tổng quan\nđổi mới\n", file.text());
        assertEquals(true, Normalizer.isNormalized(file.text(), Normalizer.Form.NFC));
        assertEquals(List.of("Tổng quan", "đổi mới"), file.lines());
    }

    @Test
    void oldMacLineEndsBecomeLf() throws CharacterCodingException {
        assertEquals("a\nb\n", SourceFile.decode("x", "a\rb\r".getBytes(StandardCharsets.UTF_8)).text());
    }

    @Test
    void linesAreOneBasedAndEmptyOutOfRange() {
        SourceFile file = new SourceFile("x", "one\ntwo\n");
        assertEquals("two", file.line(2));
        assertEquals("", file.line(0));
        assertEquals("", file.line(3));
    }

    @Test
    void linesBreakAsStringLinesDoes() {
        for (String text : List.of("", "\n", "\n\n", "a", "a\n", "a\n\nb", "a\r\nb\rc\n", "a\r", "\r\n", "a\r\r\nb", "đổi\nmới")) {
            SourceFile file = new SourceFile("x", text);
            assertEquals(text.lines().toList(), file.lines(), text);
            for (int i = 0; i < file.lines().size(); i++) assertEquals(file.lines().get(i), file.line(i + 1));
            assertEquals("", file.line(file.lines().size() + 1));
        }
    }

    @Test
    void everyCharacterIsAtTheLineAndColumnAnEditorShows() {
        for (String text : List.of("a", "a\nbc", "a\r\nbc\rd", "\n\nx", "đổi\nmới\n")) {
            SourceFile file = new SourceFile("x", text);
            int line = 1;
            int column = 1;
            for (int offset = 0; offset < text.length(); offset++) {
                assertEquals(new SourcePosition("x", line, column, file.line(line)), file.positionAt(offset), text + " at " + offset);
                boolean lineEnds = text.charAt(offset) == '\n' || text.charAt(offset) == '\r' && !text.startsWith("\n", offset + 1);
                line += lineEnds ? 1 : 0;
                column = lineEnds ? 1 : column + 1;
            }
        }
    }

    @Test
    void aPositionReadsItsLineFromTheFileAndEqualsOneGivenItsLine() {
        SourceFile file = new SourceFile("data/x.yaml", "a: 1\nb: 2\n");
        SourcePosition read = SourcePosition.of(file, 2, 4);
        SourcePosition given = new SourcePosition("data/x.yaml", 2, 4, "b: 2");
        assertEquals("b: 2", read.sourceLine());
        assertEquals(given, read);
        assertEquals(read, given);
        assertEquals(given.hashCode(), read.hashCode());
        assertEquals(given.toString(), read.toString());
        assertNotEquals(new SourcePosition("data/x.yaml", 2, 4, "b: 3"), read);
        assertEquals(new SourcePosition("data/x.yaml", 1, 1, ""), SourcePosition.of(file, 0, 0));
        assertEquals(new SourcePosition("data/x.yaml", 9, 1, ""), SourcePosition.of(file, 9, 1));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "Hợp tác".getBytes(Charset.forName("windows-1258"));
        assertThrows(CharacterCodingException.class, () -> SourceFile.decode("x", latin1));
    }

    @Test
    void everyMalformedSequenceIsRefusedAndAWrittenReplacementCharacterIsNot() throws CharacterCodingException {
        byte[][] malformed = {
            {(byte) 0xC3}, // cut short
            {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate, written as UTF-8 (CESU-8)
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            {'a', (byte) 0xFF, 'b'},
        };
        for (byte[] bytes : malformed) assertThrows(CharacterCodingException.class, () -> SourceFile.utf8(bytes));
        String written = "Sen V\u00e0ng \uFFFD \uD83D\uDE00";
        assertEquals(written, SourceFile.utf8(written.getBytes(StandardCharsets.UTF_8)));
    }
}
