package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The theme macros' HTML on one line, as the two regular expressions it replaced made it. */
class ThemeOneLineTest {
    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s*\\n\\s*<");
    private static final Pattern WITH_LINE_BREAK = Pattern.compile("\\s*\\n\\s*");

    private static String byPatterns(String html) {
        return WITH_LINE_BREAK.matcher(BETWEEN_TAGS.matcher(html).replaceAll("><")).replaceAll(" ");
    }

    @Test
    void aTableOfTheThemeComesOutOnOneLine() {
        String table = "<table>\n  <tr>\n    <td>Sen  Vàng</td>\n    <td>\n      152.730\n    </td>\n  </tr>\r\n</table>\n";
        assertEquals("<table><tr><td>Sen  Vàng</td><td> 152.730 </td></tr></table> ", Theme.oneLine(table));
        assertEquals("no line break\tstays  as it is", Theme.oneLine("no line break\tstays  as it is"));
    }

    @Test
    void anyTextComesOutAsThePatternsMadeIt() {
        Random random = new Random(20261203);
        String pieces = "<>ab \n\t\r\u000B\f";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder html = new StringBuilder();
            for (int length = random.nextInt(24); length > 0; length--) html.append(pieces.charAt(random.nextInt(pieces.length())));
            assertEquals(byPatterns(html.toString()), Theme.oneLine(html.toString()), html.toString().replace("\n", "\\n"));
        }
    }
}
