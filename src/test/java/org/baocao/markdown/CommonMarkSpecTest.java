package org.baocao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Narratives without FreeMarker syntax render every example of the CommonMark 0.31.2 spec as the spec says:
 * commonmark-java is the spec's reference implementation for Java. The tables, footnotes and attribute blocks change
 * no example's result (the spec has no {@code |---|} row, no {@code [^label]} and no braces after an image or on a quote's
 * first line); without percent-encoding the URLs, 15 examples would fail.
 */
class CommonMarkSpecTest {
    private static final SpecExamples SPEC = SpecExamples.load("/commonmark/spec-0.31.2.txt");

    @Test
    void theSpecHasItsExamples() {
        assertEquals(655, SPEC.all().size());
    }

    @Test
    void rendersEverySpecExample() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        List<String> failures = new ArrayList<>();
        for (SpecExamples.Example example : SPEC.all()) {
            String actual = SpecHtml.normalize(renderer.toHtml(example.markdown()));
            String expected = SpecHtml.normalize(example.html());
            if (!actual.equals(expected)) {
                failures.add("example " + example.number() + " (" + example.section() + ")\n  markdown: " + example.markdown().replace("\n", "⏎")
                        + "\n  expected: " + expected + "\n  actual:   " + actual);
            }
        }
        assertEquals("", String.join("\n", failures),
                "passing " + (SPEC.all().size() - failures.size()) + " of " + SPEC.all().size() + " examples");
    }
}
