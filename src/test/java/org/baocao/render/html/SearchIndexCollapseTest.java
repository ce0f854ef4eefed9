package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A page's text in its search entry: each run of white space one space, none at the ends, as a pattern made it. */
class SearchIndexCollapseTest {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    @Test
    void anyTextComesOutAsThePatternMadeIt() {
        assertEquals("Hợp tác xã Sen Vàng", SearchIndex.collapse("\n  Hợp tác\txã \r\n Sen   Vàng \n"));
        assertEquals("", SearchIndex.collapse(null));
        Random random = new Random(20261203);
        String pieces = "ab\u00e0 \t\n\r\u000B\f\u2003\u00a0";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(20); length > 0; length--) text.append(pieces.charAt(random.nextInt(pieces.length())));
            assertEquals(WHITE_SPACE.matcher(text).replaceAll(" ").strip(), SearchIndex.collapse(text.toString()), text.toString());
        }
    }
}
