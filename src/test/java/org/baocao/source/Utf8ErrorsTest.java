package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ErrorsTest {

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) out.writeBytes(part);
        return out.toByteArray();
    }

    @Test
    void pointsAtTheFirstLegacyLetterAndShowsItsLineAsTheLegacyEncodingReadsIt() {
        // UTF-8 with a byte order mark and Windows line ends, then a line pasted from a Windows-1258 document.
        byte[] file = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "---\r\ntitle: Tổng quan\r\n---\r\n".getBytes(StandardCharsets.UTF_8),
                // Windows-1258 writes ợ as ơ plus a combining dot below, and ã as a plus a combining tilde.
                "H\u01A1\u0323p tác xa\u0303 Sen Vàng\r\n".getBytes(Charset.forName("windows-1258")));
        Diagnostic diagnostic = Diagnostic.error(Utf8Errors.firstError("vi/01.md", file, LegacyEncoding.WINDOWS_1258), Message.FILE_NOT_UTF8.with(), null);
        assertEquals("""
                vi/01.md:4:2: error: the file is not UTF-8
                    Hợp tác xã Sen Vàng
                     ^
                    hint: open it in your editor and save it again as UTF-8
                """, diagnostic.format(ToolLanguage.EN));
    }

    @Test
    void withoutAGuessTheLineIsShownWithAReplacementCharacter() {
        byte[] file = concat("a: 1\nname: Sen ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0}, "V\n".getBytes(StandardCharsets.UTF_8));
        SourcePosition at = Utf8Errors.firstError("data/x.yaml", file, null);
        assertEquals(new SourcePosition("data/x.yaml", 2, 11, "name: Sen \uFFFDV"), at);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsFound() {
        byte[] file = concat("ok\nđ".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE1, (byte) 0xBB});
        assertEquals(5, Utf8Errors.firstInvalidByte(file));
        assertEquals(2, Utf8Errors.firstError("x", file, null).line());
        assertEquals(2, Utf8Errors.firstError("x", file, null).column());
    }

    @Test
    void wholeFileProblemsStandAtTheFirstLineAndColumn() {
        assertEquals("content/reports/2021:1:1: error: report folder has no report.yaml\n",
                Diagnostic.error(SourcePosition.wholeFile("content/reports/2021"), Message.REPORT_YAML_MISSING.with(), null).headline(ToolLanguage.EN) + "\n");
    }
}
