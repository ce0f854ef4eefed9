package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 = "Hợp tác".getBytes(Charset.forName("windows-1258"));
        assertThrows(CharacterCodingException.class, () -> SourceFile.decode("x", latin1));
    }
}
