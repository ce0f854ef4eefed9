package org.baocao.source;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Real byte sequences of "Hợp tác xã có nhiều thành viên mới." in each encoding: Windows-1258 written with the JDK's
 * own charset (base letters plus combining tone bytes), VNI and TCVN3 encoded by hand from their published tables.
 */
class LegacyEncodingTest {
    private static final String TEXT = "Hợp tác xã có nhiều thành viên mới.";
    // VNI: ơ is 0xF4 ('ô'), a tone is a byte after the letter: 0xF9 acute, 0xF8 grave, 0xF5 tilde, 0xEF dot below;
    // 0xE2 circumflex, 0xE0 circumflex with grave.
    private static final byte[] VNI = bytes("H", 0xF4, 0xEF, "p ta", 0xF9, "c xa", 0xF5, " co", 0xF9, " nhie", 0xE0,
            "u tha", 0xF8, "nh vie", 0xE2, "n m", 0xF4, 0xF9, "i.");
    // TCVN3: one byte per toned lower-case letter: ợ 0xEE, á 0xB8, ã 0xB7, ó 0xE3, ề 0xD2, à 0xB5, ê 0xAA, ớ 0xED.
    private static final byte[] TCVN3 = bytes("H", 0xEE, "p t", 0xB8, "c x", 0xB7, " c", 0xE3, " nhi", 0xD2, "u th", 0xB5,
            "nh vi", 0xAA, "n m", 0xED, "i.");
    // Windows-1258: ơ 0xF5 + dot below 0xF2, a + acute 0xEC, a + tilde 0xDE, ê 0xEA + grave 0xCC.
    private static final byte[] CP1258 = bytes("H", 0xF5, 0xF2, "p ta", 0xEC, "c xa", 0xDE, " co", 0xEC, " nhi", 0xEA, 0xCC,
            "u tha", 0xCC, "nh vi", 0xEA, "n m", 0xF5, 0xEC, "i.");

    @Test
    void theTestBytesAreTheSentence() {
        assertEquals(TEXT, LegacyEncoding.WINDOWS_1258.decode(CP1258));
        assertEquals(TEXT, Normalizer.normalize(new String(CP1258, Charset.forName("windows-1258")), Normalizer.Form.NFC));
        assertEquals(TEXT, LegacyEncoding.VNI.decode(VNI));
        assertEquals(TEXT, LegacyEncoding.TCVN3.decode(TCVN3));
    }

    @Test
    void namesEachEncoding() {
        assertEquals(LegacyEncoding.WINDOWS_1258, LegacyEncoding.detect(CP1258));
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.detect(VNI));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.detect(TCVN3));
    }

    @Test
    void namesEachEncodingOfASingleWord() {
        assertEquals(LegacyEncoding.VNI, LegacyEncoding.detect(bytes("Vie", 0xE4, "t Nam")));
        assertEquals(LegacyEncoding.TCVN3, LegacyEncoding.detect(bytes("Vi", 0xD6, "t Nam")));
        assertEquals(LegacyEncoding.WINDOWS_1258, LegacyEncoding.detect(bytes("Vi", 0xEA, 0xF2, "t Nam")));
    }

    @Test
    void upperCaseVni() {
        // "ĐẤT NƯỚC": Đ 0xD1, A + 0xC1 (circumflex and acute), Ư 0xD6, Ơ 0xD4 + 0xD9 (acute).
        assertEquals("ĐẤT NƯỚC", LegacyEncoding.VNI.decode(bytes(0xD1, "A", 0xC1, "T N", 0xD6, 0xD4, 0xD9, "C")));
    }

    @Test
    void latinOneTextIsNotVietnamese() {
        assertNull(LegacyEncoding.detect("Müller’s café façade".getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
            else out.write((Integer) part);
        }
        return out.toByteArray();
    }
}
