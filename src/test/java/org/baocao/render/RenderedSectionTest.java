package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baocao.content.Section;
import org.junit.jupiter.api.Test;

class RenderedSectionTest {
    private static RenderedSection section(String html, String text) {
        return new RenderedSection(new Section("01-a", 1, Map.of()), null, html, List.of(), text,
                new RenderedSection.Anchors(Set.of(), List.of()));
    }

    @Test
    void theHtmlAndTextAreGivenBackAsRendered() {
        // Kept in UTF-8 in between: every character comes back, a lone surrogate (which UTF-8 cannot hold) too.
        for (String text : List.of("", "<p>Hợp tác xã Sen Vàng 😀</p>", "a\uD800b", "\uDC00", "x\uD83D", "Vì sao? 😀", "Vì sao?\uDBFF", "?")) {
            RenderedSection section = section(text, text + " plain");
            assertEquals(text, section.html());
            assertEquals(text + " plain", section.plainText());
            assertEquals(text, section.of(section.section(), null).html());
        }
    }
}
