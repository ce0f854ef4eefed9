package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** A JSON string literal read back, as a JSON reader would. */
    private static String read(String literal) {
        assertTrue(literal.startsWith("\"") && literal.endsWith("\"") && literal.length() >= 2, literal);
        StringBuilder out = new StringBuilder();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                assertTrue(c != '"', "an unescaped quote in " + literal);
                out.append(c);
                continue;
            }
            char escape = literal.charAt(++i);
            switch (escape) {
                case '"', '\\', '/' -> out.append(escape);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new AssertionError("no such escape \\" + escape + " in " + literal);
            }
        }
        return out.toString();
    }

    @Test
    void aTextIsWrittenOnOneLineSafeInsideAScript() {
        assertEquals("\"Sen V\u00e0ng \\\"HTX\\\" \\u003c/script> a\\\\b\\n\\u2028\"", Json.string("Sen V\u00e0ng \"HTX\" </script> a\\b\n\u2028"));
    }

    @Test
    void everyTextReadsBackAsItWasAndStaysOnOneLine() {
        Random random = new Random(20261203);
        String pieces = "ab \u00e0\u1ee3\"\\<>/\n\r\t\u0000\u0008\u001f\u007f\u2028\u2029\uD83D\uDE00";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(20); length > 0; length--) text.append(pieces.charAt(random.nextInt(pieces.length())));
            String written = Json.string(text.toString());
            assertEquals(text.toString(), read(written));
            for (char c : written.toCharArray()) {
                assertTrue(c >= 0x20 && c != '<' && c != '\u2028' && c != '\u2029', "a raw " + (int) c + " in " + written);
            }
        }
    }
}
