package org.baocao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Text nested far beyond {@link Nesting#MAX_DEPTH}, as values printed from the data sets could make it after the
 * check, is read without overflowing the stack: commonmark-java keeps at most 100 blocks and 100 inline levels open
 * and reads what is deeper as text.
 */
class NestingLimitsTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void quotesListsAndEmphasisNestedTenThousandDeepAreReadOnASmallStack() throws InterruptedException {
        int depth = 10_000;
        List<String> texts = List.of(">".repeat(depth) + " x", "- ".repeat(depth) + "x", "1. ".repeat(depth) + "x",
                "*".repeat(depth) + "x" + "*".repeat(depth));
        List<String> html = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(null, () -> {
            try {
                texts.forEach(text -> html.add(markdown.toHtml(text)));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 512 * 1024);
        reader.start();
        reader.join();
        assertNull(failure.get());
        assertEquals(100, html.get(0).split("<blockquote>", -1).length - 1);
        assertTrue(html.get(0).contains("<p>" + "&gt;".repeat(depth - 100) + " x</p>"), "what is deeper is text");
    }
}
